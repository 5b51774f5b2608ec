import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createTestDatabase, dropTestDatabase } from "@/lib/testing/test-postgres";

/** Each test file runs against its own freshly migrated database, dropped when the file is done. */
const adminUrl = inject("testPostgresAdminUrl");
const databaseName = `test_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createTestDatabase(adminUrl, databaseName);
process.env.APP_ENV = "local";

afterAll(async () => {
  type TClient = { $disconnect: () => Promise<void> };
  const globalForPrisma = globalThis as { cotejoPrisma?: TClient; cotejoCatalogPrisma?: TClient };
  await Promise.all([globalForPrisma.cotejoPrisma?.$disconnect(), globalForPrisma.cotejoCatalogPrisma?.$disconnect()]);
  delete globalForPrisma.cotejoPrisma;
  delete globalForPrisma.cotejoCatalogPrisma;
  await dropTestDatabase(adminUrl, databaseName);
});
