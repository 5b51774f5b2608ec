import { AppError } from "@/lib/errors";
import type { TRateLimiter } from "./create-rate-limiter";

export type TRateLimitedDetails = { retryAfterSeconds: number };

/** Counts one attempt for `key`; past the limit it throws RATE_LIMITED, which the API answers with 429 and Retry-After. */
export const assertWithinRateLimit = (limiter: TRateLimiter, key: string, message: string) => {
  const decision = limiter.check(key);
  if (!decision.allowed) {
    throw new AppError("RATE_LIMITED", { message, details: { retryAfterSeconds: decision.retryAfterSeconds } satisfies TRateLimitedDetails });
  }
};
