export const APP_ERROR_CODES = {
  /** No valid session. */
  UNAUTHENTICATED: 401,
  /** Signed in, but the role may not do this. */
  FORBIDDEN: 403,
  /** The record does not exist or the caller may not see it (never tells which). */
  NOT_FOUND: 404,
  /** Cross-origin request to a mutating route. */
  CROSS_ORIGIN: 403,
  /** The request body or query failed validation. */
  INVALID_INPUT: 422,
  CONFLICT: 409,
  /** Review: another operator holds the invoice's review lock (details.lockedBy), or the caller does not hold it. */
  REVIEW_LOCKED: 409,
  /** Review: the totals do not add up or a value differs from what was read; approve again with `confirmed: true`. */
  REVIEW_CONFIRMATION_REQUIRED: 409,
  /** Upload: the bytes are not PDF, PNG, JPEG, TIFF, WebP or XML (checked by magic bytes, not the name). */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Upload: larger than the configured cap; nothing was stored. */
  FILE_TOO_LARGE: 413,
  /** Upload: zero bytes. */
  EMPTY_FILE: 422,
  /** Image whose decoded size exceeds the pixel cap (decompression bomb). */
  IMAGE_TOO_LARGE: 422,
  /** Image that cannot be decoded. */
  IMAGE_CORRUPT: 422,
  PDF_ENCRYPTED: 422,
  PDF_CORRUPT: 422,
  TOO_MANY_PAGES: 422,
  /** XML with a DOCTYPE (UBL never needs one; entity expansion attacks use it). */
  XML_DOCTYPE_FORBIDDEN: 422,
  XML_MALFORMED: 422,
  /** Well-formed XML that is not a UBL invoice, credit note, debit note or AttachedDocument. */
  XML_NOT_UBL: 422,
  /** The OCR service (Textract) refused the document itself: bad, unsupported or too large. Retrying cannot help. */
  OCR_DOCUMENT_REJECTED: 422,
  /** A stored object's bytes no longer match the SHA-256 recorded for it (or the store refused a bad checksum). */
  STORAGE_CHECKSUM_MISMATCH: 500,
  /** The object store could not be reached or refused the operation. */
  STORAGE_UNAVAILABLE: 503,
  /** Commission: the invoice is older than the rule set's limit (180 calendar days) on its registration date. */
  INVOICE_TOO_OLD: 422,
  /** Commission: the issue date is after the registration date. */
  INVOICE_DATE_IN_FUTURE: 422,
  /** Commission: no line is eligible for registration (each excluded line carries its reason). */
  NO_ELIGIBLE_LINES: 422,
  /** Commission: the invoice lacks what pricing needs (issue date, total, lines) or is not approved yet. */
  INVOICE_NOT_READY: 409,
  /** Commission: no published rule set is in force on the registration date. */
  NO_RULE_SET_IN_FORCE: 409,
  /** Too many requests; the response carries Retry-After. */
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

/** The one error type the API translates into a response: a stable code, an HTTP status and a Spanish message. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: unknown;

  constructor(code: AppErrorCode, options: { message: string; details?: unknown }) {
    super(options.message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
  }

  get status(): number {
    return APP_ERROR_CODES[this.code];
  }
}
