import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { access, constants, mkdir, open, rm, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Transform, Writable, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "@/lib/errors";
import { isStorageKey, storageKey } from "./storage-key";
import type { ObjectStorage } from "./types";
import { verifySha256Stream } from "./verify-sha256-stream";

export type CreateLocalStorageOptions = { rootDir: string };

const resolveKey = (rootDir: string, key: string) => {
  if (!isStorageKey(key)) throw new AppError("NOT_FOUND", { message: "Archivo no encontrado." });
  return path.join(rootDir, key);
};

const exists = async (filePath: string) =>
  stat(filePath).then(
    (stats) => stats.isFile(),
    () => false,
  );

/**
 * Files under `rootDir` named by their SHA-256. Writes go to a temporary file in the same folder tree, are
 * hashed and fsynced, then renamed into place, so a reader never sees a partial object and a crash leaves only
 * a temporary file. There is no presigned URL: the app streams objects through its own authorised route.
 */
export const createLocalStorage = ({ rootDir }: CreateLocalStorageOptions): ObjectStorage => {
  const tempDir = path.join(rootDir, "tmp");

  return {
    driver: "local",

    putObject: async ({ sha256, source, sizeBytes }) => {
      const key = storageKey({ sha256 });
      const target = path.join(rootDir, key);
      if (await exists(target)) return { key, created: false };

      await mkdir(tempDir, { recursive: true });
      await mkdir(path.dirname(target), { recursive: true });
      const tempFile = path.join(tempDir, `${randomUUID()}.part`);
      const hash = createHash("sha256");
      let written = 0;
      const input: Readable = "filePath" in source ? createReadStream(source.filePath) : source.stream;
      try {
        await pipeline(
          input,
          new Transform({
            transform(chunk: Buffer, _encoding, callback) {
              hash.update(chunk);
              written += chunk.length;
              callback(null, chunk);
            },
          }),
          createWriteStream(tempFile, { flags: "wx" }),
        );
        const actual = hash.digest("hex");
        if (actual !== sha256 || written !== sizeBytes) {
          throw new AppError("STORAGE_CHECKSUM_MISMATCH", {
            message: "El archivo cambió mientras se guardaba; vuelva a subirlo.",
            details: { expected: sha256, actual, sizeBytes, written },
          });
        }
        const handle = await open(tempFile, "r");
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
        // rename() replaces atomically; a concurrent put of the same bytes writes identical content.
        await rename(tempFile, target);
        // The rename itself is durable only once its directory is synced.
        const directory = await open(path.dirname(target), "r");
        try {
          await directory.sync();
        } finally {
          await directory.close();
        }
        return { key, created: true };
      } finally {
        await rm(tempFile, { force: true });
      }
    },

    getObject: async ({ key, sha256 }) => {
      const filePath = resolveKey(rootDir, key);
      if (!(await exists(filePath))) throw new AppError("NOT_FOUND", { message: "Archivo no encontrado." });
      // Hash the file before handing out a stream, so a corrupted object fails before a download's 200 is sent;
      // the stream is still verified in case the file changes between the two reads.
      await pipeline(createReadStream(filePath), verifySha256Stream({ sha256, key }), new Writable({ write: (_chunk, _encoding, done) => done() }));
      const verifier = verifySha256Stream({ sha256, key });
      const reader = createReadStream(filePath);
      reader.on("error", (error) => verifier.destroy(error));
      return reader.pipe(verifier);
    },

    headObject: async ({ key }) => {
      const filePath = resolveKey(rootDir, key);
      const stats = await stat(filePath).catch(() => null);
      return stats?.isFile() ? { sizeBytes: stats.size, contentType: null } : null;
    },

    createDownloadUrl: async () => null,

    checkHealth: async () => {
      try {
        await mkdir(tempDir, { recursive: true });
        const probe = path.join(tempDir, `health-${randomUUID()}`);
        await writeFile(probe, "ok");
        await rm(probe, { force: true });
        await access(rootDir, constants.R_OK | constants.W_OK);
        return { ok: true, driver: "local" };
      } catch (error) {
        return { ok: false, driver: "local", message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
};
