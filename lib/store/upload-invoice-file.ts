import { interpretUploadResponse, type TUploadOutcome } from "@/lib/uploads/upload-queue";

export type UploadInvoiceFileOptions = {
  file: File;
  onProgress: (loaded: number) => void;
  signal?: AbortSignal;
};

/**
 * Sends one file to POST /api/invoices (multipart field "files"). XMLHttpRequest rather than RTK Query or fetch:
 * only XHR reports upload progress. Never rejects: a dropped connection is an outcome ("failed", retryable).
 */
export const uploadInvoiceFile = ({ file, onProgress, signal }: UploadInvoiceFileOptions): Promise<TUploadOutcome> =>
  new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/invoices");
    request.withCredentials = true;
    request.upload.addEventListener("progress", (event) => onProgress(event.loaded));
    request.addEventListener("load", () => resolve(interpretUploadResponse(request.status, request.responseText)));
    request.addEventListener("error", () => resolve(interpretUploadResponse(0, "")));
    request.addEventListener("abort", () => resolve(interpretUploadResponse(0, "")));
    signal?.addEventListener("abort", () => request.abort());
    const body = new FormData();
    body.append("files", file, file.name);
    request.send(body);
  });
