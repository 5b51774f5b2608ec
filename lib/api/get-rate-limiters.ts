import { getEnv } from "@/lib/env";
import { createRateLimiter, type TRateLimiter } from "./create-rate-limiter";

const MINUTE_MS = 60_000;

type TRateLimiters = { uploads: TRateLimiter; exports: TRateLimiter; passwordSignIns: TRateLimiter };

let limiters: TRateLimiters | undefined;

/** The process-wide limiters of the guarded operations, created on first use from the configured limits. */
export const getRateLimiters = (): TRateLimiters => {
  const env = getEnv();
  limiters ??= {
    uploads: createRateLimiter({ limit: env.RATE_LIMIT_UPLOADS_PER_MINUTE, windowMs: MINUTE_MS }),
    exports: createRateLimiter({ limit: env.RATE_LIMIT_EXPORTS_PER_MINUTE, windowMs: MINUTE_MS }),
    passwordSignIns: createRateLimiter({ limit: env.RATE_LIMIT_SIGN_IN_FAILURES, windowMs: 15 * MINUTE_MS }),
  };
  return limiters;
};
