/**
 * The server Playwright tests run against: the real `npm start` path (build when stale, next start) on its own
 * database, a fresh copy of the migrated template on the test PostgreSQL, seeded with the e2e passwords. Background
 * functions always run on the local executor (started by start.ts; short retry backoff), never on an Inngest
 * server a developer's .env may name. Next to it runs a local OpenID provider configured like Cognito, the app's
 * generic OIDC provider, so specs sign in through the full redirect flow; e-mail and password sign-in stays on.
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { E2E_DATABASE_URL_FILE } from "@/e2e/fixtures/database";
import { E2E_OIDC } from "@/e2e/fixtures/oidc";
import { E2E_METRICS_TOKEN, E2E_USERS } from "@/e2e/fixtures/users";
import { superviseServers } from "./lib/next-cli";
import { startOidcProvider } from "@/lib/testing/start-oidc-provider";
import { createTestDatabase, prepareTemplateDatabase, startTestPostgres } from "@/lib/testing/test-postgres";

const port = process.env.E2E_PORT ?? "3100";
const appUrl = `http://localhost:${port}`;

const server = process.env.TEST_POSTGRES_ADMIN_URL
  ? { url: process.env.TEST_POSTGRES_ADMIN_URL, stop: async () => undefined }
  : await startTestPostgres();
if (!process.env.TEST_POSTGRES_TEMPLATE_READY) await prepareTemplateDatabase(server.url);
const databaseUrl = await createTestDatabase(server.url, "cotejo_e2e");
// Specs arrange data the UI cannot create yet (e.g. an approved invoice) through lib/ against this same database.
await mkdir(path.dirname(E2E_DATABASE_URL_FILE), { recursive: true });
await writeFile(E2E_DATABASE_URL_FILE, databaseUrl, { mode: 0o600 });
const identityProvider = await startOidcProvider({
  port: E2E_OIDC.port,
  clientId: E2E_OIDC.clientId,
  clientSecret: E2E_OIDC.clientSecret,
  redirectUris: [`${appUrl}/api/auth/callback/oidc`],
  postLogoutRedirectUris: [`${appUrl}/login`],
});

const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    APP_ENV: "local",
    PORT: port,
    NEXTAUTH_URL: appUrl,
    AUTH_LOCAL_CREDENTIALS: "true",
    OIDC_ISSUER: identityProvider.issuer,
    OIDC_CLIENT_ID: E2E_OIDC.clientId,
    OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
    OIDC_DISPLAY_NAME: E2E_OIDC.displayName,
    COGNITO_CLIENT_ID: "",
    COGNITO_ISSUER: "",
    AUTH_GROUPS_CLAIM: "cognito:groups",
    AUTH_ROLE_GROUPS: "ADMIN=BMC-Admin,OPERATOR=BMC-Operator,VIEWER=BMC-Viewer",
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

superviseServers([app], async () => {
  await identityProvider.stop();
  await server.stop();
});
