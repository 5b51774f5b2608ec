/**
 * The server Playwright tests run against: the real `npm start` path (build when stale, next start) on its own
 * database, a fresh copy of the migrated template on the test PostgreSQL, seeded with the e2e passwords. Background
 * functions always run on the local executor (started by start.ts; short retry backoff), never on an Inngest
 * server a developer's .env may name.
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { E2E_DATABASE_URL_FILE } from "@/e2e/fixtures/database";
import { E2E_METRICS_TOKEN, E2E_USERS } from "@/e2e/fixtures/users";
import { superviseServers } from "./lib/next-cli";
import { createTestDatabase, prepareTemplateDatabase, startTestPostgres } from "@/lib/testing/test-postgres";

const server = process.env.TEST_POSTGRES_ADMIN_URL
  ? { url: process.env.TEST_POSTGRES_ADMIN_URL, stop: async () => undefined }
  : await startTestPostgres();
if (!process.env.TEST_POSTGRES_TEMPLATE_READY) await prepareTemplateDatabase(server.url);
const databaseUrl = await createTestDatabase(server.url, "cotejo_e2e");
// Specs arrange data the UI cannot create yet (e.g. an approved invoice) through lib/ against this same database.
await mkdir(path.dirname(E2E_DATABASE_URL_FILE), { recursive: true });
await writeFile(E2E_DATABASE_URL_FILE, databaseUrl, { mode: 0o600 });

const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    APP_ENV: "local",
    PORT: process.env.E2E_PORT ?? "3100",
    NEXTAUTH_URL: `http://localhost:${process.env.E2E_PORT ?? "3100"}`,
    SEED_ADMIN_PASSWORD: E2E_USERS.ADMIN.password,
    SEED_OPERATOR_PASSWORD: E2E_USERS.OPERATOR.password,
    SEED_VIEWER_PASSWORD: E2E_USERS.VIEWER.password,
    METRICS_TOKEN: E2E_METRICS_TOKEN,
    INNGEST_EVENT_KEY: "",
    INNGEST_SIGNING_KEY: "",
    INNGEST_BASE_URL: "",
    INNGEST_LOCAL_BACKOFF_MS: process.env.INNGEST_LOCAL_BACKOFF_MS ?? "200",
  },
});

superviseServers([app], server.stop);
