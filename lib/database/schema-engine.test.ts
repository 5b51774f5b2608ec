import { expect, test } from "vitest";
import { diffMigrationsToSchema, readMigrationList } from "./schema-engine";

test("schema.prisma and the committed migrations agree (db:diff would write nothing)", async () => {
  expect(await diffMigrationsToSchema(process.env.DATABASE_URL as string)).toBe("");
});

test("migrations are timestamped folders with a migration.sql, plus the lock file", async () => {
  const list = await readMigrationList();
  expect(list.lockfile.content).toContain('provider = "postgresql"');
  expect(list.migrationDirectories.length).toBeGreaterThan(0);
  for (const directory of list.migrationDirectories) expect(directory.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
});
