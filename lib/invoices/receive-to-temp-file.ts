import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";

/** Enough for every magic number file-type knows and for an XML declaration after a BOM. */
export const HEAD_BYTES = 4100;

export type ReceivedFile = { filePath: string; sha256: string; sizeBytes: number; head: Buffer };

export type ReceiveToTempFileOptions = { stream: Readable; tempDir: string; maxBytes: number };

const formatMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * Streams the upload to a temporary file while hashing it. Past `maxBytes` nothing more is written or kept, but
 * the source is still drained (destroying a multipart part would stall the parser for the files after it), so
 * memory and disk stay bounded whatever the client sends. The temporary file is removed on every failure; on
 * success the caller owns it.
 */
export const receiveToTempFile = async ({ stream, tempDir, maxBytes }: ReceiveToTempFileOptions): Promise<ReceivedFile> => {
  await mkdir(tempDir, { recursive: true });
  const filePath = path.join(tempDir, `${randomUUID()}.upload`);
  const hash = createHash("sha256");
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let sizeBytes = 0;
  let tooLarge = false;

  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      sizeBytes += chunk.length;
      if (tooLarge || sizeBytes > maxBytes) {
        tooLarge = true;
        return callback();
      }
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headLength);
        headChunks.push(Buffer.from(part));
        headLength += part.length;
      }
      callback(null, chunk);
    },
  });

  try {
    await pipeline(stream, meter, createWriteStream(filePath, { flags: "wx" }));
    if (tooLarge) {
      throw new AppError("FILE_TOO_LARGE", {
        message: `El archivo supera el máximo permitido de ${formatMiB(maxBytes)}; divídalo o comprímalo y vuelva a subirlo.`,
        details: { maxBytes },
      });
    }
    return { filePath, sha256: hash.digest("hex"), sizeBytes, head: Buffer.concat(headChunks) };
  } catch (error) {
    await rm(filePath, { force: true });
    throw error;
  }
};
