import { TextractError } from "./textract-error";

export type ToTextractErrorOptions = {
  error: unknown;
  attempts?: number;
};

/** Busy or failing service: worth retrying with backoff. */
const RETRIABLE = new Set([
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "InternalServerError",
  "LimitExceededException",
  "ServiceUnavailable",
  "TimeoutError",
  "RequestTimeout",
]);

/** Spanish messages an operator can act on, for the document-level refusals (final). */
const FINAL_MESSAGES: Record<string, string> = {
  BadDocumentException:
    "Textract no pudo leer el documento (archivo dañado o formato no válido); vuelva a escanearlo o súbalo como PDF o imagen nueva.",
  UnsupportedDocumentException:
    "Textract no admite este documento (formato o número de páginas); use PDF, PNG, JPEG o TIFF de una factura.",
  DocumentTooLargeException:
    "El documento supera el tamaño que admite Textract (10 MB en línea, 500 MB en S3 o 3000 páginas); divídalo o reduzca la resolución.",
  InvalidParameterException:
    "Textract rechazó la solicitud por un parámetro no válido (p. ej. un PDF de varias páginas enviado en línea).",
  InvalidS3ObjectException: "Textract no pudo leer el archivo en S3 (no existe, está cifrado o falta permiso).",
  AccessDeniedException: "La cuenta de AWS no tiene permiso para usar Textract; revise la política IAM del servicio.",
  JobFailed: "El análisis asíncrono de Textract terminó con error.",
};

const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);

const nameOf = (error: unknown): string => {
  if (error && typeof error === "object") {
    const candidate = error as { name?: unknown; code?: unknown; $metadata?: { httpStatusCode?: number } };
    if (typeof candidate.code === "string" && NETWORK_CODES.has(candidate.code)) return "TimeoutError";
    if (typeof candidate.name === "string") return candidate.name;
  }
  return "UnknownError";
};

/**
 * Classifies any error thrown by the Textract client. Unknown errors count as retriable: the pipeline's own step
 * retries are bounded, and treating an unrecognized outage as final would fail invoices that a retry would read.
 */
export const toTextractError = ({ error, attempts = 1 }: ToTextractErrorOptions): TextractError => {
  if (error instanceof TextractError) return error;
  const name = nameOf(error);
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  const finalMessage = FINAL_MESSAGES[name];
  if (finalMessage) return new TextractError({ message: finalMessage, textractCode: name, retriable: false, attempts });
  const retriable = RETRIABLE.has(name) || status === undefined || status >= 500 || status === 429;
  if (!retriable) {
    return new TextractError({
      message: `Textract rechazó la solicitud (${name}); revise la configuración del servicio.`,
      textractCode: name,
      retriable: false,
      attempts,
    });
  }
  return new TextractError({
    message: `Textract no está disponible en este momento (${name}) después de ${attempts} intento(s); se reintentará más tarde.`,
    textractCode: name,
    retriable: true,
    attempts,
  });
};
