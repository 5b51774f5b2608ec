import { assertValidExpression } from "./evaluate-expression";
import { findUnsupportedOptions } from "./find-unsupported-options";
import { parseCronSchedule } from "./next-cron-tick";
import { ZSyncResponse, type TFunctionConfig } from "./schemas";

/** The app is not serving yet (starting, compiling): worth asking again. */
export class AppNotReadyError extends Error {}

const checkExpressions = (fn: TFunctionConfig) => {
  const concurrency = fn.concurrency === undefined ? [] : Array.isArray(fn.concurrency) ? fn.concurrency : [fn.concurrency];
  const expressions = [
    ...fn.triggers.flatMap((trigger) => ("expression" in trigger && trigger.expression ? [trigger.expression] : [])),
    ...concurrency.flatMap((option) => (typeof option === "object" && option.key ? [option.key] : [])),
    ...(fn.priority?.run ? [fn.priority.run] : []),
  ];
  for (const expression of expressions) {
    try {
      assertValidExpression(expression);
    } catch (error) {
      throw new Error(`${fn.id}: expresión CEL no válida «${expression}»: ${String(error)}`);
    }
  }
  for (const trigger of fn.triggers) if ("cron" in trigger) parseCronSchedule(trigger.cron);
};

/**
 * Discovers the app's functions with Inngest's in-band sync (a PUT the SDK answers with its configuration, no
 * server involved) and refuses configurations this executor would otherwise silently ignore.
 */
export const syncFunctions = async (appUrl: string): Promise<TFunctionConfig[]> => {
  let response: Response;
  try {
    response = await fetch(appUrl, {
      method: "PUT",
      headers: { "content-type": "application/json", "x-inngest-sync-kind": "in_band" },
      body: JSON.stringify({ url: appUrl }),
    });
  } catch (error) {
    throw new AppNotReadyError(error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  if (!response.ok || response.headers.get("x-inngest-sync-kind") !== "in_band") {
    throw new AppNotReadyError(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  const { functions } = ZSyncResponse.parse(JSON.parse(text));
  const unsupported = findUnsupportedOptions(functions);
  if (unsupported.length > 0) {
    throw new Error(
      `El ejecutor local de Inngest no implementa estas opciones: ${unsupported.join("; ")}. ` +
        "Quítelas o use Inngest Cloud / un servidor Inngest propio (docs/inngest-local.md).",
    );
  }
  functions.forEach(checkExpressions);
  return functions;
};
