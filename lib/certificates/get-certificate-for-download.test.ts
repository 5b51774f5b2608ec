import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionUser } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { createS3Storage } from "@/lib/storage/create-s3-storage";
import { createCommissionedInvoice } from "@/lib/testing/create-commissioned-invoice";
import { S3RVER_CREDENTIALS, startS3rver, type RunningS3rver } from "@/lib/testing/start-s3rver";
import { getCertificateForDownload } from "./get-certificate-for-download";
import { issueCertificate } from "./issue-certificate";

describe("getCertificateForDownload", () => {
  let rootDir: string;
  let s3rver: RunningS3rver;
  let viewer: TSessionUser;
  let operator: TSessionUser;
  beforeAll(async () => {
    rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-download-"));
    s3rver = await startS3rver({ bucket: "cotejo-certificates-test" });
    operator = await db.user.create({ data: { email: "op@cotejo.test", name: "Óscar", role: "OPERATOR" }, select: { id: true, email: true, name: true, role: true } });
    viewer = await db.user.create({ data: { email: "ver@cotejo.test", name: "Valeria", role: "VIEWER" }, select: { id: true, email: true, name: true, role: true } });
  });
  afterAll(async () => {
    await s3rver?.stop();
    await rm(rootDir, { recursive: true, force: true });
  });

  it("streams the stored PDF under a fixed name to any role, and 404s unknown ids", async () => {
    const storage = createLocalStorage({ rootDir });
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: operator.email });
    const issued = await issueCertificate({ invoiceId: invoice.id, actor: operator, storage });
    const file = await getCertificateForDownload({ id: issued.id, user: viewer, storage });
    if (file.kind !== "stream") throw new Error("expected a stream from the local store");
    expect(file.fileName).toBe(`certificado-${issued.number}.pdf`);
    const bytes = await buffer(file.stream);
    expect(file.sizeBytes).toBe(bytes.length);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(issued.sha256);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");

    for (const id of ["00000000-0000-4000-8000-000000000000", "../../etc/passwd", ""]) {
      await expect(getCertificateForDownload({ id, user: viewer, storage })).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    }
  });

  it("refuses to serve a stored file whose bytes no longer match the recorded SHA-256", async () => {
    const storage = createLocalStorage({ rootDir });
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: operator.email });
    const issued = await issueCertificate({ invoiceId: invoice.id, actor: operator, storage });
    const { storageKey } = await db.certificate.findUniqueOrThrow({ where: { id: issued.id } });
    await writeFile(path.join(rootDir, storageKey), "%PDF-1.3 alterado");
    await expect(getCertificateForDownload({ id: issued.id, user: viewer, storage })).rejects.toMatchObject({ code: "STORAGE_CHECKSUM_MISMATCH" });
  });

  it("answers with a presigned S3 URL valid at most 300 s that downloads the certificate", async () => {
    const storage = createS3Storage({ bucket: s3rver.bucket, region: "us-east-1", endpoint: s3rver.endpoint, credentials: S3RVER_CREDENTIALS });
    const { invoice } = await createCommissionedInvoice({ uploaderEmail: operator.email });
    const issued = await issueCertificate({ invoiceId: invoice.id, actor: operator, storage });
    const file = await getCertificateForDownload({ id: issued.id, user: viewer, storage });
    if (file.kind !== "redirect") throw new Error("expected a presigned URL from S3");
    expect(Number(new URL(file.url).searchParams.get("X-Amz-Expires"))).toBeLessThanOrEqual(300);
    const response = await fetch(file.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="certificado-${issued.number}.pdf"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(issued.sha256);
  });
});
