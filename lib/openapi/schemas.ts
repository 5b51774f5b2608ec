import { z } from "zod";
import { APP_ERROR_CODES, type AppErrorCode } from "@/lib/errors";

/** The body of every error response (lib/api/error-response.ts). */
export const ZApiError = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(APP_ERROR_CODES) as [AppErrorCode, ...AppErrorCode[]]).describe("Stable code (lib/errors.ts)"),
      message: z.string().describe("Spanish, for the user"),
      details: z.unknown().optional().describe("Field errors ({ path, message }[]) for INVALID_INPUT; otherwise code-specific"),
    }),
  })
  .meta({ id: "ApiError" });
