import path from "node:path";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { applyMigrations } from "@/lib/database/schema-engine";
import type { DemoCredential } from "@/lib/seed/demo-users";
import { readOrCreateLocalSecret } from "./local-secret";

export const DATA_DIR = path.resolve(".data");
export const DEMO_CREDENTIALS_FILE = path.join(DATA_DIR, "demo-credentials.json");
const NEXTAUTH_SECRET_FILE = path.join(DATA_DIR, "nextauth-secret");

export type PreparedRuntime = {
  databaseUrl: string;
  isEmbeddedDatabase: boolean;
  appliedMigrations: string[];
  /** Demo users this start created (their passwords shown once more by the caller). */
  createdDemoUsers: DemoCredential[];
  stopDatabase: () => Promise<void>;
};

/**
 * Everything the app needs before it serves: the database (embedded unless DATABASE_URL is set), pending
 * migrations, a session secret in local mode, and the seed on an empty database. Sets process.env for the
 * child processes (next build / next start) that inherit it.
 */
export const prepareRuntime = async ({ log }: { log: (message: string) => void }): Promise<PreparedRuntime> => {
  const appEnv = process.env.APP_ENV === "production" ? "production" : "local";
  const database = await ensureDatabase();
  process.env.DATABASE_URL = database.url;
  log(database.isOwned ? "PostgreSQL embebido iniciado (.data/postgres)." : "Base de datos: conectada.");

  const appliedMigrations = await applyMigrations(database.url);
  if (appliedMigrations.length > 0) log(`Migraciones aplicadas: ${appliedMigrations.join(", ")}`);

  if (!process.env.NEXTAUTH_SECRET && appEnv === "local") {
    process.env.NEXTAUTH_SECRET = await readOrCreateLocalSecret(NEXTAUTH_SECRET_FILE);
  }

  // Imported only now: lib/db reads DATABASE_URL when it loads.
  const { db } = await import("@/lib/db");
  const { seedDatabase } = await import("@/lib/seed/seed-database");
  const { resolveDemoPasswords, saveDemoCredentials } = await import("@/lib/seed/demo-credentials");
  let createdDemoUsers: DemoCredential[] = [];
  if ((await db.user.count()) === 0) {
    log("Base de datos vacía: cargando datos iniciales…");
    const demoPasswords = resolveDemoPasswords(appEnv);
    const result = await seedDatabase({ demoPasswords: demoPasswords?.passwords ?? null });
    createdDemoUsers = result.createdUsers;
    const generated = createdDemoUsers.filter((user) => demoPasswords?.generatedRoles.includes(user.role));
    await saveDemoCredentials(DEMO_CREDENTIALS_FILE, generated);
    log(
      `Datos iniciales: ${result.createdUsers.length} usuarios, ${result.classifications} clasificaciones DIAN, ` +
        `${result.products} productos, reglas de comisión v1.`,
    );
  }
  await db.$disconnect();

  return {
    databaseUrl: database.url,
    isEmbeddedDatabase: database.isOwned,
    appliedMigrations,
    createdDemoUsers,
    stopDatabase: database.stop,
  };
};
