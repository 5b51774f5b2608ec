import type { TFunctionConfig } from "./schemas";

/** Flow-control options Inngest offers that the local executor does not implement (docs/inngest-local.md). */
export const UNSUPPORTED_OPTIONS = [
  "debounce",
  "throttle",
  "rateLimit",
  "batchEvents",
  "cancel",
  "idempotency",
  "singleton",
  "timeouts",
] as const;

/** "<function id>: <option>" for every unsupported option a function sets, so start-up can refuse them all at once. */
export const findUnsupportedOptions = (functions: TFunctionConfig[]): string[] =>
  functions.flatMap((fn) =>
    UNSUPPORTED_OPTIONS.filter((option) => fn[option] !== undefined && fn[option] !== null).map(
      (option) => `${fn.id}: ${option === "cancel" ? "cancelOn" : option}`,
    ),
  );
