/**
 * npm test: lint, typecheck, Vitest (against the embedded PostgreSQL), Playwright e2e (against the built app on
 * its own database) and the pipeline's fault test (the app killed and restarted while it processes uploads). Ends
 * with one line totalling every suite, `N passed, N failed`, and exits non-zero on any failure.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { prepareTemplateDatabase, startTestPostgres } from "@/lib/testing/test-postgres";

const RESULTS_DIR = ".data/test-results";
const VITEST_JSON = `${RESULTS_DIR}/vitest.json`;
const PLAYWRIGHT_JSON = `${RESULTS_DIR}/playwright.json`;

type SuiteResult = { name: string; passed: number; failed: number };

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> =>
  new Promise((resolve) => {
    console.log(`\n▶ ${[command, ...args].join(" ")}`);
    spawn(command, args, { stdio: "inherit", env }).on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const runBin = (name: string, args: string[], env?: NodeJS.ProcessEnv) =>
  run(path.join("node_modules", ".bin", name), args, env);

const findFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 3100));
    });
  });

const readJson = async <T>(file: string): Promise<T | null> =>
  existsSync(file) ? (JSON.parse(await readFile(file, "utf8")) as T) : null;

const results: SuiteResult[] = [];
const record = (name: string, passed: number, failed: number) => results.push({ name, passed, failed });

await rm(RESULTS_DIR, { recursive: true, force: true });
await mkdir(RESULTS_DIR, { recursive: true });

const lintExit = await runBin("eslint", [".", "--max-warnings", "0"]);
record("lint", lintExit === 0 ? 1 : 0, lintExit === 0 ? 0 : 1);

const typecheckExit = await runBin("tsc", ["--noEmit"]);
record("typecheck", typecheckExit === 0 ? 1 : 0, typecheckExit === 0 ? 0 : 1);

const postgres = await startTestPostgres();
try {
  await prepareTemplateDatabase(postgres.url);
  const env = { ...process.env, TEST_POSTGRES_ADMIN_URL: postgres.url, TEST_POSTGRES_TEMPLATE_READY: "1" };

  const vitestExit = await runBin(
    "vitest",
    ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_JSON}`],
    env,
  );
  const vitest = await readJson<{ numPassedTests: number; numFailedTests: number }>(VITEST_JSON);
  record("unit + integration (vitest)", vitest?.numPassedTests ?? 0, vitest ? vitest.numFailedTests : 1);
  if (vitestExit !== 0 && vitest?.numFailedTests === 0) record("vitest run", 0, 1);

  const playwrightExit = await runBin("playwright", ["test"], {
    ...env,
    E2E_PORT: String(await findFreePort()),
  });
  const playwright = await readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
    PLAYWRIGHT_JSON,
  );
  record(
    "e2e (playwright)",
    (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0),
    playwright ? playwright.stats.unexpected : 1,
  );
  if (playwrightExit !== 0 && playwright?.stats.unexpected === 0) record("playwright run", 0, 1);

  // The pipeline's fault test, short: the app is SIGKILLed 5 times while it processes uploads (reuses the build).
  const faultExit = await run(process.execPath, ["--import", "tsx", "scripts/fault-test.ts", "--kills", "5", "--batch", "10"], env);
  record("fault test (5 kills)", faultExit === 0 ? 1 : 0, faultExit === 0 ? 0 : 1);
} finally {
  await postgres.stop();
}

console.log("\nResumen:");
for (const { name, passed, failed } of results) console.log(`  ${name}: ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
