import { randomUUID } from "node:crypto";
import http from "node:http";
import type { TExecutorContext } from "./executor-context";
import { ingestEvents } from "./ingest-events";
import { ZIncomingEvents, type TExecutorEvent } from "./schemas";
import { withTransaction } from "./with-transaction";

const EVENT_PATH = /^\/e\/[^/]+\/?$/;

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
 * Inngest's Event API (`POST /e/:key`, what `inngest.send()` and `step.sendEvent` call when INNGEST_DEV points
 * here). An event is acknowledged only after it, and the runs it starts or resumes, are committed. Events wait
 * for the first sync, since matching needs the functions.
 */
export const createEventApi = (context: TExecutorContext, synced: Promise<void>): http.Server =>
  http.createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      if (request.method !== "POST" || !EVENT_PATH.test(path)) return reply(response, 404, { error: "Not found" });
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(request));
      } catch {
        return reply(response, 400, { error: "Cuerpo JSON no válido", status: 400 });
      }
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
