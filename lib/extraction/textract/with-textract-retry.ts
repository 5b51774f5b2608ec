import { toTextractError } from "./to-textract-error";

export type TextractRetryPolicy = {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected in tests so that backoff costs no wall time. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

export type WithTextractRetryOptions<T> = TextractRetryPolicy & {
  operation: () => Promise<T>;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs one Textract call, retrying throttling and server errors with exponential backoff and full jitter (AWS's
 * recommendation: spreads the retries of many workers instead of synchronizing them). Final errors are thrown at
 * once; a retriable one that outlasts the attempts is thrown as retriable, for the pipeline step to retry later.
 */
export const withTextractRetry = async <T>({
  operation,
  maxAttempts = 5,
  baseDelayMs = 250,
  maxDelayMs = 8_000,
  sleep = defaultSleep,
  random = Math.random,
}: WithTextractRetryOptions<T>): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (caught) {
      const error = toTextractError({ error: caught, attempts: attempt });
      if (!error.retriable || attempt >= maxAttempts) throw error;
      await sleep(Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))));
    }
  }
};
