/**
 * npm run dev: the same database preparation as npm start, then Next's development server with hot reload, and
 * the local Inngest executor (re-syncing every few seconds, since functions change as you edit).
 */
import "./lib/load-env";
import { prepareRuntime } from "@/lib/runtime/prepare-runtime";
import { startLauncherExecutor } from "./lib/local-executor";
import { spawnNext, superviseServers } from "./lib/next-cli";

const log = (message: string) => console.log(`[cotejo] ${message}`);
const port = Number(process.env.PORT || 3000);
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
process.env.NEXT_TELEMETRY_DISABLED ||= "1";

const runtime = await prepareRuntime({ log });
const DEV_RESYNC_MS = 5000;
const executor = await startLauncherExecutor({
  port,
  databaseUrl: runtime.databaseUrl,
  log,
  resyncMs: DEV_RESYNC_MS,
}).catch(async (error: unknown) => {
  log(`No se pudo iniciar el ejecutor local de Inngest: ${String(error)}`);
  await runtime.stopDatabase();
  process.exit(1);
});
const server = spawnNext(["dev", "--port", String(port)]);

const shutdown = superviseServers([server], runtime.stopDatabase, async () => executor?.stop());
executor?.ready.catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  void shutdown(1);
});
