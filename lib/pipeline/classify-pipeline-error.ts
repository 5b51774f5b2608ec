import { ZodError } from "zod";
import { AppError } from "@/lib/errors";

export type TPipelineErrorClass = { code: string; message: string; retriable: boolean };

/** Server-side AppErrors that a later attempt can get past (the service comes back, the rate drops). */
const TRANSIENT_CODES = new Set(["STORAGE_UNAVAILABLE", "SERVICE_UNAVAILABLE", "RATE_LIMITED", "INTERNAL"]);

/**
 * What a step's error means for the run. An AppError is the invoice's own problem (a bad or unsupported document,
 * an invoice too old to register, a stored file that no longer matches its SHA-256): retrying cannot help, so the
 * run fails at once with the code. Unavailable services and unexpected errors (network, throttling, a database
 * restart) are retried with backoff.
 */
export const classifyPipelineError = (error: unknown): TPipelineErrorClass => {
  if (error instanceof AppError) return { code: error.code, message: error.message, retriable: TRANSIENT_CODES.has(error.code) };
  if (error instanceof ZodError) return { code: "INVALID_INPUT", message: error.issues.map((issue) => issue.message).join("; "), retriable: false };
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error), retriable: true };
};

/** `CODE: message`, the form a non-retriable step error carries to onFailure, read back by parsePipelineErrorMessage. */
export const formatPipelineErrorMessage = ({ code, message }: Pick<TPipelineErrorClass, "code" | "message">) => `${code}: ${message}`;

export const parsePipelineErrorMessage = (text: string): Pick<TPipelineErrorClass, "code" | "message"> => {
  const match = /^([A-Z][A-Z0-9_]+): ([\s\S]*)$/.exec(text);
  return match ? { code: match[1]!, message: match[2]! } : { code: "INTERNAL", message: text };
};
