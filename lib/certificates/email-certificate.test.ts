import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SendEmailCommand, SESv2Client } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMailTransport } from "@/lib/email/create-mail-transport";
import { ZEnv } from "@/lib/env";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createCommissionedInvoice } from "@/lib/testing/create-commissioned-invoice";
import { emailCertificate } from "./email-certificate";
import { issueCertificate } from "./issue-certificate";
import { voidCertificate } from "./void-certificate";

/** The parts of a MIME message: headers unfolded, bodies decoded from base64 or quoted-printable. */
const mimeParts = (raw: string) => {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  if (!boundary) throw new Error("not multipart");
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head = "", ...rest] = part.replace(/^\r\n/, "").split("\r\n\r\n");
      const headers = head.replace(/\r\n[ \t]+/g, " ");
      const body = rest.join("\r\n\r\n");
      const decoded = /content-transfer-encoding: base64/i.test(headers)
        ? Buffer.from(body.replace(/\s+/g, ""), "base64")
        : Buffer.from(body.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
      return { headers, body: decoded };
    });
};

describe("emailCertificate", () => {
  let rootDir: string;
  let outboxDir: string;
  let actor: { id: string; email: string; name: string };
  let issued: Awaited<ReturnType<typeof issueCertificate>>;
  const storage = () => createLocalStorage({ rootDir });
  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-email-"));
    outboxDir = path.join(rootDir, "outbox");
    const { invoice, uploaderId } = await createCommissionedInvoice();
    actor = { id: uploaderId, email: "operador@cotejo.test", name: "Óscar Operador" };
    issued = await issueCertificate({ invoiceId: invoice.id, actor, storage: storage(), requestOrigin: "https://cotejo.example.co" });
  });
  afterAll(async () => {
    await rm(rootDir, { recursive: true, force: true });
  });

  it("writes the message to the outbox with the PDF attached, a Spanish text with the verification link, and audits it", async () => {
    const transport = createMailTransport({ env: ZEnv.parse({ EMAIL_OUTBOX_DIR: outboxDir }) });
    expect(transport.mode).toBe("outbox");
    const result = await emailCertificate({
      certificateId: issued.id,
      to: ["tesoreria@comprador.example.co", "contabilidad@proveedor.example.co"],
      message: "Adjunto el comprobante solicitado.",
      actor,
      storage: storage(),
      transport,
    });
    expect(result.accepted).toEqual(["tesoreria@comprador.example.co", "contabilidad@proveedor.example.co"]);

    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const raw = await readFile(path.join(outboxDir, files[0]!), "latin1");
    expect(raw).toMatch(/^To: tesoreria@comprador\.example\.co, contabilidad@proveedor\.example\.co$/m);
    expect(raw).toMatch(/^Subject: /m);
    const parts = mimeParts(raw);
    const text = parts.find((part) => /content-type: text\/plain/i.test(part.headers))!.body.toString("utf8");
    expect(text).toContain("Adjunto el comprobante solicitado.");
    expect(text).toContain(`comprobante de registro ${issued.number}`);
    expect(text).toContain(`https://cotejo.example.co/verificar/${issued.verificationCode}`);
    expect(text).toContain("$ 5.350.000,00");
    const attachment = parts.find((part) => /content-disposition: attachment/i.test(part.headers))!;
    expect(attachment.headers).toContain(`certificado-${issued.number}.pdf`);
    expect(attachment.headers).toMatch(/content-type: application\/pdf/i);
    expect(createHash("sha256").update(attachment.body).digest("hex")).toBe(issued.sha256);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "certificate.emailed", entityId: issued.id } });
    expect(audit.actorId).toBe(actor.id);
    expect(audit.after).toMatchObject({ to: result.accepted, transport: "outbox", messageId: result.messageId });
  });

  it("validates recipients: one to five addresses", async () => {
    const transport = createMailTransport({ env: ZEnv.parse({ EMAIL_OUTBOX_DIR: outboxDir }) });
    const send = (to: string[]) => emailCertificate({ certificateId: issued.id, to, actor, storage: storage(), transport });
    await expect(send([])).rejects.toMatchObject({ name: "ZodError" });
    await expect(send(["no-es-correo"])).rejects.toMatchObject({ name: "ZodError" });
    await expect(send(Array.from({ length: 6 }, (_, index) => `c${index}@example.co`))).rejects.toMatchObject({ name: "ZodError" });
    await expect(send(["a@example.co\r\nBcc: victima@example.co"])).rejects.toMatchObject({ name: "ZodError" });
  });

  describe("through Amazon SES v2", () => {
    const ses = mockClient(SESv2Client);
    afterEach(() => ses.reset());

    it("sends the raw MIME message with the attachment through SendEmailCommand", async () => {
      ses.on(SendEmailCommand).resolves({ MessageId: "0100018c-ses-message-id" });
      const transport = createMailTransport({ env: ZEnv.parse({ EMAIL_TRANSPORT: "ses", AWS_REGION: "us-east-1" }) });
      expect(transport.mode).toBe("ses");
      const result = await emailCertificate({ certificateId: issued.id, to: ["tesoreria@comprador.example.co"], actor, storage: storage(), transport });
      expect(result.accepted).toEqual(["tesoreria@comprador.example.co"]);
      expect(result.messageId).toContain("0100018c-ses-message-id");

      const calls = ses.commandCalls(SendEmailCommand);
      expect(calls).toHaveLength(1);
      const input = calls[0]!.args[0].input;
      const raw = Buffer.from(input.Content?.Raw?.Data ?? new Uint8Array()).toString("latin1");
      expect(raw).toMatch(/^To: tesoreria@comprador\.example\.co$/m);
      const attachment = mimeParts(raw).find((part) => /content-disposition: attachment/i.test(part.headers))!;
      expect(createHash("sha256").update(attachment.body).digest("hex")).toBe(issued.sha256);
    });

    it("reports SES refusing the message as an error and audits nothing", async () => {
      ses.on(SendEmailCommand).rejects(new Error("Email address is not verified."));
      const transport = createMailTransport({ env: ZEnv.parse({ EMAIL_TRANSPORT: "ses" }) });
      const before = await db.auditEvent.count({ where: { action: "certificate.emailed" } });
      await expect(
        emailCertificate({ certificateId: issued.id, to: ["x@example.co"], actor, storage: storage(), transport }),
      ).rejects.toThrow(/not verified/);
      expect(await db.auditEvent.count({ where: { action: "certificate.emailed" } })).toBe(before);
    });
  });

  it("refuses to send a voided certificate", async () => {
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: actor.email });
    const other = await issueCertificate({ invoiceId: invoice.id, actor, storage: storage() });
    await voidCertificate({ certificateId: other.id, reason: "Emitido por error", actor });
    const transport = createMailTransport({ env: ZEnv.parse({ EMAIL_OUTBOX_DIR: outboxDir }) });
    await expect(emailCertificate({ certificateId: other.id, to: ["x@example.co"], actor, storage: storage(), transport })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
