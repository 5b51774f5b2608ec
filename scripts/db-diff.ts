/**
 * npm run db:diff -- <name>: write prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the
 * committed migrations to schema.prisma. Writes nothing (and says so) when they already agree.
 */
import "./lib/load-env";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { diffMigrationsToSchema, MIGRATIONS_DIR } from "@/lib/database/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Uso: npm run db:diff -- <nombre_en_snake_case>");
  process.exit(2);
}

const database = await ensureDatabase();
try {
  const sql = await diffMigrationsToSchema(database.url);
  if (!sql) {
    console.log("schema.prisma y las migraciones coinciden: no se escribió ninguna migración.");
  } else {
    const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS_DIR, `${timestamp}_${name}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, "migration.sql"), sql);
    await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Migración escrita: ${path.relative(process.cwd(), folder)}/migration.sql`);
  }
} finally {
  await database.stop();
}
