import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

const requireDatabaseUrl = () => {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL no está configurada: inicie la aplicación con npm start o defina la variable.");
  return url;
};

type PoolSettings = { max: number; options?: string; allowExitOnIdle?: boolean };

const createPrismaClient = (pool: PoolSettings) =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: requireDatabaseUrl(), ...pool }),
    // Password hashes leave the database only where sign-in asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });

type AppPrismaClient = ReturnType<typeof createPrismaClient>;

const globalForPrisma = globalThis as unknown as { cotejoPrisma?: AppPrismaClient; cotejoCatalogPrisma?: AppPrismaClient };

/** Created on first use so that launchers and tests can set DATABASE_URL before anything connects. */
const lazyClient = (create: () => AppPrismaClient): AppPrismaClient =>
  new Proxy({} as AppPrismaClient, {
    get: (_, property) => {
      const client = create();
      const value: unknown = Reflect.get(client, property);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });

/** The main Prisma client (only lib/ may import it, like catalogIndexDb below); reused across hot reloads in development. */
export const db: AppPrismaClient = lazyClient(() => (globalForPrisma.cotejoPrisma ??= createPrismaClient({ max: 10 })));

/**
 * A small pool for the catalog's word-index candidate queries only. Its sessions start with sequential scans off
 * (a connection option, so each query stays one statement rather than BEGIN, SET LOCAL, query, COMMIT): with a LIMIT,
 * the planner would otherwise pair a broad filter with a scan that crawls when matching rows sit late in the table.
 * Idle connections do not keep a finished script alive.
 */
export const catalogIndexDb: AppPrismaClient = lazyClient(
  () =>
    (globalForPrisma.cotejoCatalogPrisma ??= createPrismaClient({
      max: 6,
      options: "-c enable_seqscan=off",
      allowExitOnIdle: true,
    })),
);

/** What `db.$transaction(async (tx) => …)` hands its callback; functions that take `tx` accept `db` too. */
export type DbTransaction = Omit<AppPrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
