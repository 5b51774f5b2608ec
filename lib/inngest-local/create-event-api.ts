import { randomUUID } from "node:crypto";
import http from "node:http";
import { commitCheckpoint } from "./commit-checkpoint";
import type { TExecutorContext } from "./executor-context";
import { ingestEvents } from "./ingest-events";
import { ZCheckpointRequest, ZIncomingEvents, type TExecutorEvent } from "./schemas";
import { withTransaction } from "./with-transaction";

const EVENT_PATH = /^\/e\/[^/]+\/?$/;
const CHECKPOINT_PATH = /^\/v1\/checkpoint\/([^/]+)\/async\/?$/;

const readBody = (request: http.IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });

const reply = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
};

/**
 * The SDK's async checkpoint: 200 once the steps are committed (the SDK then runs the next step in the same call),
 * 409 when the call is not the run's current dispatch (the SDK then stops).
 */
const answerCheckpoint = async (context: TExecutorContext, response: http.ServerResponse, runId: string, payload: unknown) => {
  const parsed = ZCheckpointRequest.safeParse(payload);
  if (!parsed.success || parsed.data.run_id !== runId) {
    return reply(response, 400, { error: parsed.error?.message ?? "run_id no coincide con la ruta", status: 400 });
  }
  const outcome = await commitCheckpoint(context, {
    runId,
    functionId: parsed.data.fn_id,
    dispatchId: parsed.data.qi_id,
    ops: parsed.data.steps,
  });
  if (outcome === "stale") return reply(response, 409, { error: "Este despacho del run ya no es el vigente", status: 409 });
  reply(response, 200, { status: 200 });
};

/**
 * Inngest's Event API (`POST /e/:key`, what `inngest.send()` and `step.sendEvent` call when INNGEST_DEV points
 * here), its async checkpoint API (`POST /v1/checkpoint/:runId/async`) and `GET /health`. An event is acknowledged only after
 * it, and the runs it starts or resumes, are committed. Events wait for the first sync, since matching needs the
 * functions.
 */
export const createEventApi = (context: TExecutorContext, synced: Promise<void>): http.Server =>
  http.createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      if (request.method === "GET" && path === "/health") {
        // For the app's /api/health: the executor answers, and how many functions its last sync found.
        return reply(response, 200, { status: "ok", functions: context.functions.size });
      }
      const checkpoint = CHECKPOINT_PATH.exec(path);
      if (request.method !== "POST" || (!checkpoint && !EVENT_PATH.test(path))) {
        return reply(response, 404, { error: "Not found" });
      }
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(request));
      } catch {
        return reply(response, 400, { error: "Cuerpo JSON no válido", status: 400 });
      }
      if (checkpoint?.[1]) return answerCheckpoint(context, response, decodeURIComponent(checkpoint[1]), payload);
      const parsed = ZIncomingEvents.safeParse(payload);
      if (!parsed.success) return reply(response, 400, { error: parsed.error.message, status: 400 });
      await synced;
      const now = context.clock();
      const events: TExecutorEvent[] = (Array.isArray(parsed.data) ? parsed.data : [parsed.data]).map((event) => ({
        ...event,
        id: event.id ?? randomUUID(),
        data: event.data ?? {},
        ts: event.ts ?? now.getTime(),
      }));
      const dueRuns = await withTransaction(context.pool, (client) =>
        ingestEvents(client, { events, functions: [...context.functions.values()], now }),
      );
      for (let index = 0; index < dueRuns; index += 1) context.wake.notify();
      reply(response, 200, { ids: events.map((event) => event.id), status: 200 });
    })().catch((error: unknown) => {
      context.log(`Event API: ${String(error)}`);
      if (!response.headersSent) reply(response, 500, { error: String(error), status: 500 });
    });
  });
