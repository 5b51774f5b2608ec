/** npm run db:migrate: apply pending migrations from prisma/migrations (same records as `prisma migrate deploy`). */
import "./lib/load-env";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { applyMigrations } from "@/lib/database/schema-engine";

const database = await ensureDatabase();
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Migraciones aplicadas: ${applied.join(", ")}` : "La base de datos ya está al día.");
} finally {
  await database.stop();
}
