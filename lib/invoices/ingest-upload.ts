import os from "node:os";
import path from "node:path";
import { rm } from "node:fs/promises";
import type { Readable } from "node:stream";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { cleanFileName } from "./clean-file-name";
import { detectFileType } from "./detect-file-type";
import { inspectImage } from "./inspect-image";
import { receiveToTempFile } from "./receive-to-temp-file";
import { decodeXmlHead } from "./sniff-xml";
import { rejectXmlDtd } from "@/lib/extraction/ubl/reject-xml-dtd";
import type { TSourceType } from "./schemas";
import { isUniqueViolation } from "@/lib/database/is-unique-violation";
import { announceInvoices } from "@/lib/pipeline/announce-invoices";

export const DEFAULT_UPLOAD_TEMP_DIR = path.join(os.tmpdir(), "cotejo-uploads");

export type IngestUploadOptions = {
  stream: Readable;
  /** As the client sent it; cleaned here and kept as metadata only. */
  fileName: string;
  uploader: { id: string; email: string };
  storage?: ObjectStorage;
  maxBytes?: number;
  tempDir?: string;
};

export type IngestUploadResult = {
  id: string;
  isDuplicate: boolean;
  fileName: string;
  sha256: string;
  sourceType: TSourceType;
  sizeBytes: number;
};

/**
 * One uploaded file, end to end: received into a temporary file (hashed, size-capped), typed by its bytes,
 * images checked for pixel bombs, XML declaring a DTD refused, stored by content hash, then the Invoice row and its audit entry committed
 * together. Returns only after both the object and the row are durable. Byte-identical content resolves to the
 * existing invoice, also when many identical uploads race (the unique sha256 decides, the losers re-read).
 * A new invoice is then announced to the pipeline (`invoice/uploaded`, id `invoice:<sha256>`).
 * A rejected file leaves nothing behind: no object, no row, no temporary file.
 */
export const ingestUpload = async ({
  stream,
  fileName,
  uploader,
  storage = getStorage(),
  maxBytes = getEnv().UPLOAD_MAX_BYTES,
  tempDir = DEFAULT_UPLOAD_TEMP_DIR,
}: IngestUploadOptions): Promise<IngestUploadResult> => {
  const originalFilename = cleanFileName({ fileName });
  const received = await receiveToTempFile({ stream, tempDir, maxBytes });
  try {
    const { sha256, sizeBytes } = received;
    if (sizeBytes === 0) {
      throw new AppError("EMPTY_FILE", { message: "El archivo está vacío (0 bytes); revise que se haya exportado bien." });
    }
    const type = await detectFileType({ head: received.head });
    if (!type) {
      throw new AppError("UNSUPPORTED_MEDIA_TYPE", {
        message: "Tipo de archivo no admitido: suba la factura como XML (UBL DIAN), PDF, PNG, JPEG, TIFF o WebP.",
      });
    }
    if (type.sourceType === "IMAGE") await inspectImage({ filePath: received.filePath });
    // Hostile XML (billion laughs, external entities) declares its DTD in the prolog: refused before it is stored.
    // A declaration past the head is still refused by extraction, which checks the whole document.
    if (type.sourceType === "XML") rejectXmlDtd({ text: decodeXmlHead(received.head) });

    const result = (id: string, isDuplicate: boolean): IngestUploadResult => ({
      id,
      isDuplicate,
      fileName: originalFilename,
      sha256,
      sourceType: type.sourceType,
      sizeBytes,
    });

    const existing = await db.invoice.findUnique({ where: { sha256 }, select: { id: true } });
    if (existing) return result(existing.id, true);

    const { key } = await storage.putObject({
      sha256,
      source: { filePath: received.filePath },
      sizeBytes,
      contentType: type.mimeType,
    });

    try {
      const invoice = await db.$transaction(async (tx) => {
        const created = await tx.invoice.create({
          data: {
            status: "RECEIVED",
            sourceType: type.sourceType,
            sha256,
            storageKey: key,
            originalFilename,
            mimeType: type.mimeType,
            sizeBytes,
            uploadedById: uploader.id,
          },
          select: { id: true, sha256: true, sourceType: true, retryCount: true, urgent: true },
        });
        await recordAuditEvent({
          tx,
          actor: uploader,
          action: "invoice.uploaded",
          entityType: "Invoice",
          entityId: created.id,
          after: { sha256, sourceType: type.sourceType, mimeType: type.mimeType, sizeBytes, originalFilename, storageKey: key },
        });
        return created;
      });
      // Only after the commit: the run must find the row. A lost send is picked up by the requeue job.
      await announceInvoices({ invoices: [invoice] });
      return result(invoice.id, false);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await db.invoice.findUnique({ where: { sha256 }, select: { id: true } });
      if (!winner) throw error;
      return result(winner.id, true);
    }
  } finally {
    await rm(received.filePath, { force: true });
  }
};
