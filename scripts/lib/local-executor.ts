import { getBackgroundEngineMode, getEnv } from "@/lib/env";
import { startLocalExecutor, type LocalExecutor } from "@/lib/inngest-local/start-local-executor";

/**
 * Starts the local Inngest executor beside Next unless Inngest Cloud or a self-hosted server is configured, and
 * points the app (INNGEST_DEV, inherited by the Next child) at its Event API. Call before spawning Next; the
 * executor syncs the app's functions once Next answers.
 */
export const startLauncherExecutor = async ({
  port,
  functionsPorts = [port],
  databaseUrl,
  log,
  resyncMs,
}: {
  port: number;
  /** The Next processes that serve /api/inngest to the executor; the web server's port when not given. */
  functionsPorts?: number[];
  databaseUrl: string;
  log: (message: string) => void;
  resyncMs?: number;
}): Promise<LocalExecutor | null> => {
  const env = getEnv();
  const mode = getBackgroundEngineMode(env);
  if (mode !== "local-executor") {
    log(mode === "inngest-cloud" ? "Funciones en segundo plano: Inngest Cloud." : `Funciones en segundo plano: ${env.INNGEST_BASE_URL}.`);
    return null;
  }
  const executor = await startLocalExecutor({
    databaseUrl,
    appUrl: `http://127.0.0.1:${functionsPorts[0]}/api/inngest`,
    callUrls: functionsPorts.map((functionsPort) => `http://127.0.0.1:${functionsPort}/api/inngest`),
    port: env.INNGEST_LOCAL_PORT ?? port + 1,
    workers: env.INNGEST_LOCAL_WORKERS,
    backoffBaseMs: env.INNGEST_LOCAL_BACKOFF_MS,
    pollMs: env.INNGEST_LOCAL_POLL_MS,
    leaseMs: env.INNGEST_LOCAL_LEASE_MS,
    checkpointing: env.INNGEST_LOCAL_CHECKPOINTING,
    resyncMs,
    log: (message) => log(`Inngest local: ${message}`),
  });
  process.env.INNGEST_DEV = executor.url;
  log(`Funciones en segundo plano: ejecutor local en ${executor.url} (estado en PostgreSQL).`);
  return executor;
};
