import type { Readable } from "node:stream";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ObjectStorage } from "@/lib/storage/types";
import { cleanFileName } from "./clean-file-name";
import { ingestUpload } from "./ingest-upload";
import { parseMultipartUpload } from "./parse-multipart-upload";
import { ZUploadResponse, type TUploadFileResult, type TUploadResponse } from "./schemas";
import { getLogger } from "@/lib/logging/logger";

export const MAX_FILES_PER_REQUEST = 50;
/** Beyond this the body is refused as a whole rather than answered file by file. */
const HARD_MAX_FILES = 1000;

export type UploadInvoicesOptions = {
  contentType: string;
  body: Readable;
  uploader: { id: string; email: string };
  storage?: ObjectStorage;
  maxBytes?: number;
  tempDir?: string;
};

export type UploadInvoicesResult = { status: number; body: TUploadResponse };

const statusFor = (files: TUploadFileResult[], statuses: number[]): number => {
  if (files.some((file) => file.status === "created")) return 201;
  if (files.some((file) => file.status === "duplicate")) return 200;
  const distinct = new Set(statuses);
  return distinct.size === 1 ? statuses[0]! : 422;
};

/**
 * POST /api/invoices: every file of a multipart body through ingestUpload, one result per file. 201 when any
 * file created an invoice, 200 when all were already known, and for rejections only the rejection's status
 * (or 422 when several files failed for different reasons).
 */
export const uploadInvoices = async ({
  contentType,
  body,
  uploader,
  storage,
  maxBytes = getEnv().UPLOAD_MAX_BYTES,
  tempDir,
}: UploadInvoicesOptions): Promise<UploadInvoicesResult> => {
  const outcomes = await parseMultipartUpload({
    contentType,
    body,
    maxFileBytes: maxBytes,
    maxFiles: HARD_MAX_FILES,
    onFile: async ({ fileName, stream, index }): Promise<{ file: TUploadFileResult; status: number }> => {
      try {
        if (index >= MAX_FILES_PER_REQUEST) {
          stream.resume();
          throw new AppError("INVALID_INPUT", {
            message: `Se aceptan como máximo ${MAX_FILES_PER_REQUEST} archivos por solicitud; suba este en otra tanda.`,
          });
        }
        const result = await ingestUpload({ stream, fileName, uploader, storage, maxBytes, tempDir });
        return {
          file: { fileName: result.fileName, status: result.isDuplicate ? "duplicate" : "created", invoiceId: result.id },
          status: result.isDuplicate ? 200 : 201,
        };
      } catch (error) {
        const appError =
          error instanceof AppError
            ? error
            : stream.errored
              ? new AppError("INVALID_INPUT", { message: "La carga del archivo se interrumpió antes de terminar; súbalo de nuevo." })
              : new AppError("INTERNAL", { message: "No se pudo guardar el archivo por un error inesperado; intente de nuevo." });
        if (appError.code === "INTERNAL") getLogger().error({ err: error, fileName }, "Upload failed");
        return {
          file: { fileName: cleanFileName({ fileName }), status: "rejected", error: { code: appError.code, message: appError.message } },
          status: appError.status,
        };
      }
    },
  });
  if (outcomes.length === 0) {
    throw new AppError("INVALID_INPUT", { message: "Adjunte al menos un archivo en el campo «files»." });
  }
  const files = outcomes.map((outcome) => outcome.file);
  return {
    status: statusFor(
      files,
      outcomes.map((outcome) => outcome.status),
    ),
    body: ZUploadResponse.parse({ files }),
  };
};
