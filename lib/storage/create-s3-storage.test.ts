import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S3RVER_CREDENTIALS, startS3rver, type RunningS3rver } from "@/lib/testing/start-s3rver";
import { createS3Storage } from "./create-s3-storage";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("createS3Storage against s3rver", () => {
  let s3rver: RunningS3rver;
  beforeAll(async () => {
    s3rver = await startS3rver({ bucket: "cotejo-storage-test" });
  });
  afterAll(async () => {
    await s3rver?.stop();
  });

  const storage = () =>
    createS3Storage({ bucket: s3rver.bucket, region: "us-east-1", endpoint: s3rver.endpoint, credentials: S3RVER_CREDENTIALS });

  it("puts by content hash, reads back verified, and is idempotent", async () => {
    const bytes = Buffer.from("%PDF-1.7 factura en s3");
    const hash = sha256(bytes);
    const put = await storage().putObject({ sha256: hash, source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "application/pdf" });
    expect(put).toEqual({ key: `sha256/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`, created: true });
    const again = await storage().putObject({ sha256: hash, source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "application/pdf" });
    expect(again.created).toBe(false);
    expect(await storage().headObject({ key: put.key })).toEqual({ sizeBytes: bytes.length, contentType: "application/pdf" });
    expect(await text(await storage().getObject({ key: put.key, sha256: hash }))).toBe("%PDF-1.7 factura en s3");
  });

  it("fails a read whose bytes do not match the recorded SHA-256", async () => {
    const bytes = Buffer.from("contenido verdadero");
    const { key } = await storage().putObject({ sha256: sha256(bytes), source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "text/plain" });
    const stream = await storage().getObject({ key, sha256: sha256(Buffer.from("lo que la base de datos dice")) });
    await expect(text(stream)).rejects.toMatchObject({ code: "STORAGE_CHECKSUM_MISMATCH" });
  });

  it("answers NOT_FOUND and null for a missing object", async () => {
    const hash = sha256(Buffer.from("no existe"));
    const key = `sha256/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`;
    expect(await storage().headObject({ key })).toBeNull();
    await expect(storage().getObject({ key, sha256: hash })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("issues a presigned GET that works, expires within 300 s and sends a fixed attachment name", async () => {
    const bytes = Buffer.from("descarga firmada");
    const { key } = await storage().putObject({ sha256: sha256(bytes), source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "application/pdf" });
    const url = await storage().createDownloadUrl({ key, fileName: "factura-1.pdf", contentType: "application/pdf", expiresInSeconds: 3600 });
    expect(url).not.toBeNull();
    const parsed = new URL(url!);
    expect(Number(parsed.searchParams.get("X-Amz-Expires"))).toBe(300);
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("descarga firmada");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="factura-1.pdf"');
    expect(parsed.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    expect(parsed.searchParams.get("X-Amz-Credential")).toMatch(/^S3RVER\/\d{8}\/us-east-1\/s3\/aws4_request$/);
  });

  it("reports health for an existing bucket and not for a missing one", async () => {
    expect(await storage().checkHealth()).toEqual({ ok: true, driver: "s3" });
    const missing = createS3Storage({ bucket: "no-such-bucket", region: "us-east-1", endpoint: s3rver.endpoint, credentials: S3RVER_CREDENTIALS });
    expect((await missing.checkHealth()).ok).toBe(false);
  });
});

describe("createS3Storage with S3 refusing the checksum", () => {
  it("sends ChecksumSHA256 and turns S3's BadDigest into STORAGE_CHECKSUM_MISMATCH", async () => {
    const s3 = mockClient(S3Client);
    try {
      s3.onAnyCommand().rejects(new S3ServiceException({ name: "NotFound", $fault: "client", $metadata: { httpStatusCode: 404 } }));
      s3.on(PutObjectCommand).rejects(
        new S3ServiceException({
          name: "BadDigest",
          $fault: "client",
          $metadata: { httpStatusCode: 400 },
          message: "The SHA256 you specified did not match the calculated checksum.",
        }),
      );
      const bytes = Buffer.from("bytes");
      const hash = sha256(bytes);
      const storage = createS3Storage({ bucket: "b", region: "us-east-1", credentials: S3RVER_CREDENTIALS });
      await expect(
        storage.putObject({ sha256: hash, source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "text/plain" }),
      ).rejects.toMatchObject({ code: "STORAGE_CHECKSUM_MISMATCH" });
      const put = s3.commandCalls(PutObjectCommand)[0];
      expect(put?.args[0].input.ChecksumSHA256).toBe(Buffer.from(hash, "hex").toString("base64"));
    } finally {
      s3.restore();
    }
  });
});
