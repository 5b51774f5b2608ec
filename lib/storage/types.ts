import type { Readable } from "node:stream";

export type PutObjectOptions = {
  /** Hex SHA-256 of the bytes, computed by the caller while receiving them; the store checks it again. */
  sha256: string;
  /** A file on disk (preferred: the store can re-read it) or a stream of exactly `sizeBytes` bytes. */
  source: { filePath: string } | { stream: Readable };
  sizeBytes: number;
  contentType: string;
};

export type PutObjectResult = {
  key: string;
  /** False when an object with this content hash was already there (puts are idempotent). */
  created: boolean;
};

export type GetObjectOptions = { key: string; sha256: string };

export type HeadObjectResult = { sizeBytes: number; contentType: string | null } | null;

export type CreateDownloadUrlOptions = {
  key: string;
  /** Sent as a fixed `Content-Disposition: attachment` name; built by the caller, never the client's file name. */
  fileName: string;
  contentType: string;
  /** Seconds, capped at 300. */
  expiresInSeconds?: number;
};

export type StorageHealth = { ok: boolean; driver: "local" | "s3"; message?: string };

/**
 * Content-addressed object store: keys derive from the SHA-256, so the same bytes always land on the same key and
 * a client's file name never reaches a path or a bucket key.
 */
export type ObjectStorage = {
  readonly driver: "local" | "s3";
  putObject: (options: PutObjectOptions) => Promise<PutObjectResult>;
  /**
   * A stream that fails with STORAGE_CHECKSUM_MISMATCH at its end when the bytes do not match `sha256`; the local
   * driver also hashes the file first and throws before returning a stream.
   */
  getObject: (options: GetObjectOptions) => Promise<Readable>;
  headObject: (options: { key: string }) => Promise<HeadObjectResult>;
  /** A presigned GET URL, or null when the driver has none and the app must stream the object itself. */
  createDownloadUrl: (options: CreateDownloadUrlOptions) => Promise<string | null>;
  checkHealth: () => Promise<StorageHealth>;
};

export const MAX_DOWNLOAD_URL_SECONDS = 300;
