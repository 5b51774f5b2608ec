import type { TestProject } from "vitest/node";
import { prepareTemplateDatabase, startTestPostgres } from "@/lib/testing/test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    testPostgresAdminUrl: string;
  }
}

/**
 * One embedded PostgreSQL for the whole run (reused when scripts/test.ts already started it) and a template
 * database migrated once; each test file then gets its own copy (tests/setup-database.ts).
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_POSTGRES_ADMIN_URL
    ? { url: process.env.TEST_POSTGRES_ADMIN_URL, stop: async () => undefined }
    : await startTestPostgres();
  if (!process.env.TEST_POSTGRES_TEMPLATE_READY) await prepareTemplateDatabase(server.url);
  project.provide("testPostgresAdminUrl", server.url);
  return () => server.stop();
}
