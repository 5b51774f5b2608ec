import type { Readable } from "node:stream";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { EXTENSION_BY_MIME_TYPE } from "./detect-file-type";

export type InvoiceFile =
  | { kind: "redirect"; url: string }
  | { kind: "stream"; stream: Readable; mimeType: string; fileName: string; sizeBytes: number };

export type GetInvoiceFileOptions = {
  id: string;
  storage?: ObjectStorage;
  /**
   * For the in-page document viewer: always streamed through the app. A presigned S3 URL would be another origin,
   * which the page's CSP (connect-src 'self') refuses and the bucket would need CORS for.
   */
  inline?: boolean;
};

const notFound = () => new AppError("NOT_FOUND", { message: "Factura no encontrada." });

/**
 * The stored original of an invoice, for a caller whose access was already checked. The download name is fixed
 * (`factura-<id>.<ext>`) and never the uploaded name; S3 answers with a presigned URL valid ≤ 300 s, the local
 * store (and S3 when `inline`) with a stream that fails if the bytes no longer match the recorded SHA-256.
 */
export const getInvoiceFile = async ({ id, storage = getStorage(), inline = false }: GetInvoiceFileOptions): Promise<InvoiceFile> => {
  if (!z.uuid().safeParse(id).success) throw notFound();
  const invoice = await db.invoice.findUnique({
    where: { id },
    select: { id: true, sha256: true, storageKey: true, mimeType: true, sizeBytes: true },
  });
  if (!invoice) throw notFound();
  const fileName = `factura-${invoice.id}.${EXTENSION_BY_MIME_TYPE[invoice.mimeType] ?? "bin"}`;
  const url = inline ? null : await storage.createDownloadUrl({ key: invoice.storageKey, fileName, contentType: invoice.mimeType });
  if (url) return { kind: "redirect", url };
  const stream = await storage.getObject({ key: invoice.storageKey, sha256: invoice.sha256 });
  return { kind: "stream", stream, mimeType: invoice.mimeType, fileName, sizeBytes: invoice.sizeBytes };
};
