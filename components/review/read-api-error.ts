import { z } from "zod";

const ZApiError = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });

/** The code, Spanish message and details of an API error answered by lib/api/error-response.ts, when it is one. */
export const readApiError = (error: unknown) => {
  const data = typeof error === "object" && error !== null && "data" in error ? error.data : undefined;
  const parsed = ZApiError.safeParse(data);
  return parsed.success ? parsed.data.error : null;
};
