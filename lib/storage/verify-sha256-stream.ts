import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import { AppError } from "@/lib/errors";
import { getLogger } from "@/lib/logging/logger";

export type VerifySha256StreamOptions = { sha256: string; key: string };

/**
 * Passes bytes through and fails at the end when their SHA-256 differs from the recorded one, so a reader never
 * completes on corrupted content (a download is cut off instead of finishing with wrong bytes).
 */
export const verifySha256Stream = ({ sha256, key }: VerifySha256StreamOptions): Transform => {
  const hash = createHash("sha256");
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      const actual = hash.digest("hex");
      if (actual === sha256) return callback();
      // The operator sees the code only; the hashes go to the server log for whoever restores the object.
      getLogger().error({ key, expected: sha256, actual }, "Stored object failed its SHA-256 check");
      callback(
        new AppError("STORAGE_CHECKSUM_MISMATCH", {
          message: "El archivo almacenado no coincide con su huella SHA-256; está dañado. Avise al administrador.",
        }),
      );
    },
  });
};
