import { evaluateCondition } from "./evaluate-expression";
import type { TExecutorEvent, TFunctionConfig } from "./schemas";

const nameMatches = (pattern: string, name: string) =>
  pattern === name || (pattern.endsWith("/*") && name.startsWith(pattern.slice(0, -1)));

/** The functions an event starts: exact name or `prefix/*`, and the trigger's CEL expression when there is one. */
export const matchTriggers = (functions: TFunctionConfig[], event: TExecutorEvent): TFunctionConfig[] =>
  functions.filter((fn) =>
    fn.triggers.some(
      (trigger) =>
        "event" in trigger &&
        nameMatches(trigger.event, event.name) &&
        (!trigger.expression || evaluateCondition(trigger.expression, { event })),
    ),
  );
