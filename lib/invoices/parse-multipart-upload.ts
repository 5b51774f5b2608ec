import type { Readable } from "node:stream";
import busboy from "busboy";
import { AppError } from "@/lib/errors";

export const UPLOAD_FIELD_NAME = "files";

export type MultipartFile = { fileName: string; stream: Readable; index: number };

export type ParseMultipartUploadOptions<T> = {
  contentType: string;
  body: Readable;
  /** Per file; busboy stops passing bytes one past it, so the handler can tell "too large" from "exactly at". */
  maxFileBytes: number;
  /** Hard safety limit for the whole body; past it the request fails. Per-file limits belong to `onFile`. */
  maxFiles: number;
  /** Must consume `stream`; called in the order the parts arrive. */
  onFile: (file: MultipartFile) => Promise<T>;
};

/**
 * Streams a multipart/form-data body part by part (nothing is buffered beyond busboy's chunk), hands each file
 * of the `files` field to `onFile` and resolves with their results in order once the body has been read.
 * Parts of other fields are drained and ignored.
 */
export const parseMultipartUpload = <T>({
  contentType,
  body,
  maxFileBytes,
  maxFiles,
  onFile,
}: ParseMultipartUploadOptions<T>): Promise<T[]> =>
  new Promise<T[]>((resolve, reject) => {
    if (!/^multipart\/form-data\b/i.test(contentType)) {
      body.resume();
      reject(
        new AppError("UNSUPPORTED_MEDIA_TYPE", {
          message: "Envíe los archivos como multipart/form-data en el campo «files».",
        }),
      );
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { "content-type": contentType },
        defParamCharset: "utf8",
        limits: { fileSize: maxFileBytes + 1, files: maxFiles, fields: 20, fieldSize: 64 * 1024, parts: maxFiles + 20 },
      });
    } catch {
      body.resume();
      reject(new AppError("INVALID_INPUT", { message: "El cuerpo multipart no es válido (falta el boundary)." }));
      return;
    }

    const results: Promise<T>[] = [];
    const openParts = new Set<Readable>();
    let filesLimitReached = false;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      body.unpipe(parser);
      body.resume();
      // A part cut off by a failed body would never end; its handler must see an error and clean up.
      for (const part of openParts) part.destroy(new Error("La carga se interrumpió antes de terminar."));
      reject(error);
    };

    parser.on("file", (field, stream, info) => {
      if (field !== UPLOAD_FIELD_NAME) {
        stream.resume();
        return;
      }
      // A body that ends mid-part destroys the part with an error; the handler sees it through its own pipeline,
      // and this listener keeps a late second emission from becoming an unhandled error.
      stream.on("error", () => undefined);
      openParts.add(stream);
      stream.once("close", () => openParts.delete(stream));
      stream.once("end", () => openParts.delete(stream));
      // If the handler fails before reading, the part must still be drained or busboy stalls on it.
      const result = onFile({ fileName: info.filename ?? "", stream, index: results.length }).finally(() => stream.resume());
      result.catch(() => undefined);
      results.push(result);
    });
    parser.on("filesLimit", () => {
      filesLimitReached = true;
    });
    parser.on("error", () =>
      fail(new AppError("INVALID_INPUT", { message: "El cuerpo multipart está incompleto o mal formado." })),
    );
    body.on("error", (error) => fail(error));
    body.on("aborted", () => fail(new AppError("INVALID_INPUT", { message: "La carga se interrumpió antes de terminar." })));
    parser.on("close", () => {
      if (failed) return;
      if (filesLimitReached) {
        fail(new AppError("INVALID_INPUT", { message: `Suba como máximo ${maxFiles} archivos por solicitud.` }));
        return;
      }
      Promise.all(results).then(resolve, reject);
    });
    body.pipe(parser);
  });
