import { evaluateExpression } from "./evaluate-expression";
import type { TExecutorEvent, TFunctionConfig } from "./schemas";

const PRIORITY_LIMIT = 600;

const concurrencyOptions = (fn: TFunctionConfig) => {
  const options = fn.concurrency === undefined ? [] : Array.isArray(fn.concurrency) ? fn.concurrency : [fn.concurrency];
  return options
    .map((option) => (typeof option === "number" ? { limit: option } : option))
    .filter((option) => option.limit > 0);
};

// An event without the field an expression reads gets the default (priority 0, the empty key) instead of failing.
const evaluateOrNull = (expression: string, event: TExecutorEvent): unknown => {
  try {
    return evaluateExpression(expression, { event });
  } catch {
    return null;
  }
};

/** The slots a run needs: its keys (from computeRunAttributes, in option order) with their function's limits. */
export const concurrencySlotsFor = (fn: TFunctionConfig, keys: string[]): Array<{ key: string; limit: number }> =>
  concurrencyOptions(fn).flatMap(({ limit }, index) => {
    const key = keys[index];
    return key === undefined ? [] : [{ key, limit }];
  });

/**
 * What a new run needs for scheduling, fixed at creation because it depends only on the triggering event: its
 * priority (`priority.run`, clamped to ±600 like Inngest; an invoked run without its own inherits the caller's)
 * and one concurrency key per limit (function scope unless `scope` says env/account, which share the key).
 */
export const computeRunAttributes = (
  fn: TFunctionConfig,
  event: TExecutorEvent,
  inheritedPriority = 0,
): { priority: number; concurrencyKeys: string[] } => {
  const expression = fn.priority?.run;
  let priority = inheritedPriority;
  if (expression) {
    const value = Number(evaluateOrNull(expression, event));
    priority = Number.isFinite(value) ? Math.max(-PRIORITY_LIMIT, Math.min(PRIORITY_LIMIT, Math.trunc(value))) : 0;
  }
  const concurrencyKeys = concurrencyOptions(fn).map((option, index) => {
    const scope = "scope" in option && option.scope && option.scope !== "fn" ? option.scope : `${fn.id}#${index}`;
    const key = "key" in option && option.key ? String(evaluateOrNull(option.key, event) ?? "") : "";
    return `${scope}:${key}`;
  });
  return { priority, concurrencyKeys };
};
