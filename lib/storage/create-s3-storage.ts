import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { SignatureV4 } from "@smithy/signature-v4";
import { AppError } from "@/lib/errors";
import { createS3Client } from "./create-s3-client";
import { isStorageKey, storageKey } from "./storage-key";
import { MAX_DOWNLOAD_URL_SECONDS, type ObjectStorage } from "./types";
import { verifySha256Stream } from "./verify-sha256-stream";

export type CreateS3StorageOptions = {
  bucket: string;
  region: string;
  /** Only for S3-compatible servers (MinIO, s3rver); implies path-style addressing. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** S3's answers when the bytes it received do not match the checksum sent with them. */
const CHECKSUM_ERRORS = new Set(["BadDigest", "InvalidDigest", "XAmzContentSHA256Mismatch", "XAmzContentChecksumMismatch"]);

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === "NotFound" || error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404);

const toStorageError = (error: unknown, key: string): unknown => {
  if (error instanceof AppError) return error;
  if (error instanceof Error && CHECKSUM_ERRORS.has(error.name)) {
    return new AppError("STORAGE_CHECKSUM_MISMATCH", {
      message: "El almacenamiento rechazó el archivo porque su huella SHA-256 no coincide; vuelva a subirlo.",
      details: { key, cause: error.name },
    });
  }
  return new AppError("STORAGE_UNAVAILABLE", {
    message: "El almacenamiento de archivos no respondió; intente de nuevo en unos minutos.",
    details: { key, cause: error instanceof Error ? error.name : String(error) },
  });
};

const assertKey = (key: string) => {
  if (!isStorageKey(key)) throw new AppError("NOT_FOUND", { message: "Archivo no encontrado." });
};

/**
 * Amazon S3 (or a compatible server). Every put carries ChecksumSHA256, so S3 itself refuses bytes that changed
 * on the way; reads are hashed again against the SHA-256 recorded in the database.
 */
export const createS3Storage = ({ bucket, region, endpoint, credentials }: CreateS3StorageOptions): ObjectStorage => {
  const client = createS3Client({ region, endpoint, credentials });

  const headObject: ObjectStorage["headObject"] = async ({ key }) => {
    assertKey(key);
    try {
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { sizeBytes: head.ContentLength ?? 0, contentType: head.ContentType ?? null };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw toStorageError(error, key);
    }
  };

  return {
    driver: "s3",

    putObject: async ({ sha256, source, sizeBytes, contentType }) => {
      const key = storageKey({ sha256 });
      const existing = await headObject({ key });
      // With Object Lock an overwrite would add a version; identical bytes need none.
      if (existing && existing.sizeBytes === sizeBytes) return { key, created: false };
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: "filePath" in source ? createReadStream(source.filePath) : source.stream,
            ContentLength: sizeBytes,
            ContentType: contentType,
            ChecksumSHA256: Buffer.from(sha256, "hex").toString("base64"),
          }),
        );
        return { key, created: true };
      } catch (error) {
        throw toStorageError(error, key);
      }
    },

    getObject: async ({ key, sha256 }) => {
      assertKey(key);
      let body: unknown;
      try {
        body = (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body;
      } catch (error) {
        if (isNotFound(error)) throw new AppError("NOT_FOUND", { message: "Archivo no encontrado." });
        throw toStorageError(error, key);
      }
      if (!(body instanceof Readable)) throw toStorageError(new Error("GetObject returned no stream"), key);
      const verifier = verifySha256Stream({ sha256, key });
      body.on("error", (error) => verifier.destroy(error));
      return body.pipe(verifier);
    },

    headObject,

    createDownloadUrl: async ({ key, fileName, contentType, expiresInSeconds = MAX_DOWNLOAD_URL_SECONDS }) => {
      assertKey(key);
      const expiresIn = Math.min(Math.max(1, Math.floor(expiresInSeconds)), MAX_DOWNLOAD_URL_SECONDS);
      const base = new URL(endpoint ?? `https://${bucket}.s3.${region}.amazonaws.com`);
      const path = endpoint ? `${base.pathname.replace(/\/$/, "")}/${bucket}/${key}` : `/${key}`;
      const signer = new SignatureV4({
        credentials: client.config.credentials,
        region,
        service: "s3",
        sha256: client.config.sha256,
        uriEscapePath: false,
      });
      const signed = await signer.presign(
        {
          method: "GET",
          protocol: base.protocol,
          hostname: base.hostname,
          ...(base.port ? { port: Number(base.port) } : {}),
          path,
          query: {
            "response-content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
            "response-content-type": contentType,
          },
          headers: { host: base.host, "x-amz-content-sha256": "UNSIGNED-PAYLOAD" },
        },
        { expiresIn },
      );
      const url = new URL(`${signed.protocol}//${base.host}${signed.path}`);
      for (const [name, value] of Object.entries(signed.query ?? {})) {
        if (typeof value === "string") url.searchParams.set(name, value);
      }
      return url.toString();
    },

    checkHealth: async () => {
      try {
        await client.send(new HeadBucketCommand({ Bucket: bucket }));
        return { ok: true, driver: "s3" };
      } catch (error) {
        return { ok: false, driver: "s3", message: error instanceof Error ? error.name : String(error) };
      }
    },
  };
};
