import pg from "pg";
import { expect, test } from "vitest";
import { applyMigrations, readMigrationList } from "./schema-engine";

test("migrations are recorded in _prisma_migrations as prisma migrate deploy records them", async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; finished_at: Date | null; checksum: string }>(
      'SELECT migration_name, finished_at, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const expected = (await readMigrationList()).migrationDirectories.map((directory) => directory.path);
    expect(rows.map((row) => row.migration_name)).toEqual(expected);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
    const extensions = await client.query<{ extname: string }>("SELECT extname FROM pg_extension");
    expect(extensions.rows.map((row) => row.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));
  } finally {
    await client.end();
  }
  expect(await applyMigrations(process.env.DATABASE_URL as string)).toEqual([]);
});
