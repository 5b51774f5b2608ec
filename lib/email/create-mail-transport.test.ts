import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { ZEnv } from "@/lib/env";
import { createMailTransport } from "./create-mail-transport";

it("chooses the outbox by default, SMTP when SMTP_URL is set, and SES only when asked", () => {
  expect(createMailTransport({ env: ZEnv.parse({}) }).mode).toBe("outbox");
  expect(createMailTransport({ env: ZEnv.parse({ SMTP_URL: "smtp://u:p@mail.example.co:587" }) }).mode).toBe("smtp");
  expect(createMailTransport({ env: ZEnv.parse({ SMTP_URL: "", EMAIL_TRANSPORT: "" }) }).mode).toBe("outbox");
  expect(createMailTransport({ env: ZEnv.parse({ EMAIL_TRANSPORT: "ses" }) }).mode).toBe("ses");
  expect(ZEnv.safeParse({ EMAIL_TRANSPORT: "sendmail" }).success).toBe(false);
});

it("writes one complete .eml per message to the outbox, UTF-8 subject encoded", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cotejo-outbox-"));
  try {
    const transport = createMailTransport({ env: ZEnv.parse({ EMAIL_OUTBOX_DIR: dir }) });
    const sent = await transport.send({ from: "Cotejo <no-reply@cotejo.local>", to: "a@example.co", subject: "Comprobante de registro · prueba", text: "Línea única" });
    expect(sent.accepted).toEqual(["a@example.co"]);
    expect(path.dirname(sent.outboxFile!)).toBe(dir);
    const raw = await readFile(sent.outboxFile!, "utf8");
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(raw).toContain(`Message-ID: ${sent.messageId}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
