import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/database/embedded-postgres";
import { applyMigrations } from "@/lib/database/schema-engine";

/** A server apart from the one `npm start` uses, so tests never touch an operator's local data. */
export const TEST_POSTGRES_DIR = process.env.TEST_POSTGRES_DIR || ".data/test-postgres";
/** Override to run two checkouts' test suites side by side. */
export const TEST_POSTGRES_PORT = Number(process.env.TEST_POSTGRES_PORT || 54339);
export const TEMPLATE_DATABASE = "cotejo_test_template";
const TEMPLATE_COPY_LOCK = 1555_2017;

const withAdminClient = async <T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

const databaseUrl = (adminUrl: string, database: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export const startTestPostgres = (): Promise<RunningPostgres> =>
  startEmbeddedPostgres({ dataDir: TEST_POSTGRES_DIR, port: TEST_POSTGRES_PORT, database: "postgres" });

/** Rebuilds the template database from the committed migrations; every test database is a copy of it. */
export const prepareTemplateDatabase = async (adminUrl: string): Promise<void> => {
  await withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  await applyMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE));
};

/** A fresh, migrated, empty database (a copy of the template) for one test file or one e2e run. */
export const createTestDatabase = async (adminUrl: string, name: string): Promise<string> => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Invalid test database name ${name}`);
  await withAdminClient(adminUrl, async (client) => {
    // PostgreSQL copies a template only while nobody else uses it, and a concurrent copy counts as a user.
    await client.query("SELECT pg_advisory_lock($1)", [TEMPLATE_COPY_LOCK]);
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [TEMPLATE_COPY_LOCK]);
    }
  });
  return databaseUrl(adminUrl, name);
};

export const dropTestDatabase = (adminUrl: string, name: string): Promise<void> =>
  withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
