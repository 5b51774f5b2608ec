import type { TCallResult } from "./interpret-response";
import type { TRun } from "./executor-context";

const parseBody = (text: string): unknown => {
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * One call to the app's serve endpoint for a run: its trigger event, memoized steps and stack, as Inngest's
 * executor sends them. Never sends ctx.fn_id (it would switch the SDK to checkpointing against a server API).
 */
export const callFunction = async ({
  appUrl,
  run,
  maxAttempts,
  signal,
}: {
  appUrl: string;
  run: TRun;
  maxAttempts: number;
  signal: AbortSignal;
}): Promise<TCallResult> => {
  const url = new URL(appUrl);
  url.searchParams.set("fnId", run.functionId);
  url.searchParams.set("stepId", run.targetStepId ?? "step");
  const body = {
    event: run.event,
    events: [run.event],
    steps: run.steps,
    ctx: {
      run_id: run.id,
      attempt: run.attempt,
      max_attempts: maxAttempts,
      disable_immediate_execution: run.plannedMode,
      use_api: false,
      stack: { stack: run.stack, current: run.stack.length },
    },
    version: 2,
  };
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inngest-req-version": "2", "x-inngest-server-kind": "dev" },
      body: JSON.stringify(body),
      signal,
    });
    const noRetry = response.headers.get("x-inngest-no-retry");
    return {
      kind: "response",
      status: response.status,
      noRetry: noRetry === null ? null : noRetry === "true",
      retryAfter: response.headers.get("retry-after"),
      body: parseBody(await response.text()),
    };
  } catch (error) {
    return { kind: "unreachable", message: error instanceof Error ? error.message : String(error) };
  }
};
