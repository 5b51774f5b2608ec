export type TRateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

export type TRateLimiter = {
  /** Counts one attempt for `key` and says whether it is still within the limit. */
  check: (key: string, now?: number) => TRateLimitDecision;
  /** Forgets `key`'s window, e.g. after a successful sign-in, so only attempts in a row count. */
  reset: (key: string) => void;
};

export type CreateRateLimiterOptions = { limit: number; windowMs: number; maxKeys?: number };

/**
 * Fixed-window counter per key (a client address), in this process's memory. Enough for one instance; several
 * instances behind a load balancer share nothing, so put the same limit at the edge (WAF rate rule) or replace this
 * with a shared store behind the same `check`.
 */
export const createRateLimiter = ({ limit, windowMs, maxKeys = 10_000 }: CreateRateLimiterOptions): TRateLimiter => {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    check: (key, now = Date.now()) => {
      let entry = windows.get(key);
      if (!entry || now - entry.start >= windowMs) {
        // Bounded memory: a flood of distinct keys evicts the oldest windows first (Map keeps insertion order).
        if (!entry && windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
        entry = { start: now, count: 0 };
        windows.delete(key);
        windows.set(key, entry);
      }
      entry.count += 1;
      if (entry.count <= limit) return { allowed: true, retryAfterSeconds: 0 };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.start + windowMs - now) / 1000)) };
    },
    reset: (key) => {
      windows.delete(key);
    },
  };
};
