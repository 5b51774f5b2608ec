import type { Readable } from "node:stream";
import { z } from "zod";
import type { TSessionUser } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";

export type TCertificateFile =
  | { kind: "redirect"; url: string }
  | { kind: "stream"; stream: Readable; fileName: string; sizeBytes: number | null };

export type GetCertificateForDownloadOptions = { id: string; user: TSessionUser; storage?: ObjectStorage };

/**
 * The one access check for certificate downloads: today every signed-in role may download any certificate (viewers
 * included); per-organization rules will narrow it here. A presigned URL (≤ 300 s) on S3, else a stream verified
 * against the recorded SHA-256. The file name is built from the number, never from user input.
 */
export const getCertificateForDownload = async ({ id, user, storage = getStorage() }: GetCertificateForDownloadOptions): Promise<TCertificateFile> => {
  const notFound = new AppError("NOT_FOUND", { message: "Certificado no encontrado." });
  if (!z.uuid().safeParse(id).success || !user.id) throw notFound;
  const certificate = await db.certificate.findUnique({ where: { id }, select: { number: true, sha256: true, storageKey: true } });
  if (!certificate) throw notFound;
  const fileName = `certificado-${certificate.number}.pdf`;
  const url = await storage.createDownloadUrl({ key: certificate.storageKey, fileName, contentType: "application/pdf" });
  if (url) return { kind: "redirect", url };
  const head = await storage.headObject({ key: certificate.storageKey });
  const stream = await storage.getObject({ key: certificate.storageKey, sha256: certificate.sha256 });
  return { kind: "stream", stream, fileName, sizeBytes: head?.sizeBytes ?? null };
};
