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
