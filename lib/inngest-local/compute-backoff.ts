const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * Delay before retry number `attempt` (1 = first retry): exponential from `baseMs`, capped, with up to 10 % jitter
 * so that runs failing together do not retry together. A `retry-after` header (seconds or HTTP date) wins.
 */
export const computeBackoff = ({
  attempt,
  baseMs,
  retryAfter,
  now,
  random = Math.random,
}: {
  attempt: number;
  baseMs: number;
  retryAfter?: string | null;
  now: Date;
  random?: () => number;
}): number => {
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now.getTime());
  }
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);
  return Math.round(exponential * (1 + random() * 0.1));
};
