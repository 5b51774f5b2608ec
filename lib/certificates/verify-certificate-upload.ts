import { createHash, timingSafeEqual } from "node:crypto";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { normalizeVerificationCode } from "./normalize-verification-code";
import { CERTIFICATE_PDF_MAX_BYTES, type TVerifyUploadResult } from "./schemas";

export type VerifyCertificateUploadOptions = {
  code: string;
  /** The uploaded file, hashed as it streams and never stored. */
  stream: Readable;
  maxBytes?: number;
};

/**
 * Whether an uploaded PDF is byte for byte the certificate issued under this code: its SHA-256 against the one
 * recorded at issue. Any edit (an amount, one byte) gives another hash. Unknown codes are NOT_FOUND.
 */
export const verifyCertificateUpload = async ({
  code,
  stream,
  maxBytes = CERTIFICATE_PDF_MAX_BYTES,
}: VerifyCertificateUploadOptions): Promise<TVerifyUploadResult> => {
  const verificationCode = normalizeVerificationCode(code);
  const certificate = verificationCode
    ? await db.certificate.findUnique({ where: { verificationCode }, select: { sha256: true } })
    : null;
  if (!certificate) {
    stream.resume();
    throw new AppError("NOT_FOUND", { message: "No existe un certificado con ese código de verificación." });
  }
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new AppError("FILE_TOO_LARGE", { message: `El archivo supera ${Math.floor(maxBytes / 1024 / 1024)} MB; un certificado pesa mucho menos.` });
    }
    hash.update(chunk);
  }
  if (size === 0) throw new AppError("EMPTY_FILE", { message: "El archivo está vacío." });
  return { match: timingSafeEqual(hash.digest(), Buffer.from(certificate.sha256, "hex")) };
};
