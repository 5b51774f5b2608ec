/**
 * npm start: the whole product on this machine. Starts the embedded PostgreSQL unless DATABASE_URL is set,
 * applies migrations, seeds an empty database, builds when the build is missing or stale, and serves it.
 * Without an Inngest server configured, the local Inngest executor runs beside it (docs/inngest-local.md).
 * Ctrl-C stops the executor (handing its runs back), the web server and then the database cleanly.
 */
import "./lib/load-env";
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { loadDemoCredentials } from "@/lib/seed/demo-credentials";
import { ROLE_LABELS } from "@/lib/auth/schemas";
import { getEnv } from "@/lib/env";
import {
  BUILD_FINGERPRINT_FILE,
  computeBuildFingerprint,
  readStoredBuildFingerprint,
} from "@/lib/runtime/build-fingerprint";
import { DEMO_CREDENTIALS_FILE, prepareRuntime } from "@/lib/runtime/prepare-runtime";
import { startLauncherExecutor } from "./lib/local-executor";
import { runNext, spawnNext, superviseServers } from "./lib/next-cli";

const log = (message: string) => console.log(`[cotejo] ${message}`);
const port = Number(process.env.PORT || 3000);
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
process.env.NEXT_TELEMETRY_DISABLED ||= "1";

const runtime = await prepareRuntime({ log });

const fingerprint = await computeBuildFingerprint();
if ((await readStoredBuildFingerprint()) !== fingerprint) {
  log("Compilando la aplicación (solo cuando el código cambió)…");
  const exitCode = await runNext(["build"]);
  if (exitCode !== 0) {
    await runtime.stopDatabase();
    process.exit(exitCode);
  }
  await writeFile(BUILD_FINGERPRINT_FILE, fingerprint);
} else {
  log("Compilación al día: se reutiliza .next/.");
}

// Background functions run in Next processes of their own (one per core), reachable only from this machine: one
// Node process cannot use a second core, and a burst of invoices never slows the pages down.
const firstFunctionsPort = getEnv().INNGEST_LOCAL_FUNCTIONS_PORT ?? port + 2;
const functionsPorts = Array.from(
  { length: getEnv().INNGEST_LOCAL_FUNCTIONS_PROCESSES ?? availableParallelism() },
  (_, index) => firstFunctionsPort + index,
);
const executor = await startLauncherExecutor({ port, functionsPorts, databaseUrl: runtime.databaseUrl, log }).catch(async (error: unknown) => {
  log(`No se pudo iniciar el ejecutor local de Inngest: ${String(error)}`);
  await runtime.stopDatabase();
  process.exit(1);
});
const servers = [
  spawnNext(["start", "--port", String(port)]),
  ...(executor ? functionsPorts.map((functionsPort) => spawnNext(["start", "--port", String(functionsPort), "--hostname", "127.0.0.1"])) : []),
];
const credentials =
  runtime.createdDemoUsers.length > 0 ? runtime.createdDemoUsers : await loadDemoCredentials(DEMO_CREDENTIALS_FILE);
log(`Cotejo está en ${process.env.NEXTAUTH_URL}`);
if (credentials.length > 0) {
  log("Usuarios de demostración:");
  for (const { email, password, role } of credentials) log(`  ${ROLE_LABELS[role].padEnd(14)} ${email}  ${password}`);
}
log("Ctrl-C detiene el servidor y la base de datos.");

const shutdown = superviseServers(
  servers,
  async () => {
    await runtime.stopDatabase();
    log("Detenido.");
  },
  async () => executor?.stop(),
);
executor?.ready.catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  void shutdown(1);
});
