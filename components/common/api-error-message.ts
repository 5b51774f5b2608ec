import { z } from "zod";

const ZApiErrorBody = z.object({ error: z.object({ message: z.string() }) });

/** The Spanish message of an API error answered by lib/api/error-response.ts, or `fallback` (network, 5xx proxies). */
export const apiErrorMessage = (error: unknown, fallback: string): string => {
  const data = typeof error === "object" && error !== null && "data" in error ? error.data : undefined;
  const parsed = ZApiErrorBody.safeParse(data);
  return parsed.success ? parsed.data.error.message : fallback;
};
