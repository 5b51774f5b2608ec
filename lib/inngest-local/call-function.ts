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
 * executor sends them. With `checkpointing`, a call of the whole function (no targeted step, no parallel
 * planning) carries ctx.fn_id and ctx.qi_id (the run's dispatch token): the SDK then runs step after step,
 * posting each result to the executor's `/v1/checkpoint/:runId/async`, and answers when the function returns or
 * blocks.
 */
export const callFunction = async ({
  appUrl,
  run,
  maxAttempts,
  checkpointing,
  signal,
}: {
  appUrl: string;
  run: TRun;
  maxAttempts: number;
  checkpointing: boolean;
  signal: AbortSignal;
}): Promise<TCallResult> => {
  const url = new URL(appUrl);
  url.searchParams.set("fnId", run.functionId);
  url.searchParams.set("stepId", run.targetStepId ?? "step");
  const checkpointed = checkpointing && run.targetStepId === null && !run.plannedMode && run.dispatchId !== null;
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
      ...(checkpointed ? { fn_id: run.functionId, qi_id: run.dispatchId } : {}),
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
