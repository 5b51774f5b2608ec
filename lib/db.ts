import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";

const requireDatabaseUrl = () => {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL no está configurada: inicie la aplicación con npm start o defina la variable.");
  return url;
};

const createPrismaClient = () =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: requireDatabaseUrl(), max: 10 }),
    // Password hashes leave the database only where sign-in asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });

type AppPrismaClient = ReturnType<typeof createPrismaClient>;

const globalForPrisma = globalThis as unknown as { cotejoPrisma?: AppPrismaClient };

const getClient = (): AppPrismaClient => {
  globalForPrisma.cotejoPrisma ??= createPrismaClient();
  return globalForPrisma.cotejoPrisma;
};

/**
 * The only Prisma client (only lib/ may import it), created on first use so that launchers and tests can set
 * DATABASE_URL before anything connects; reused across hot reloads in development.
 */
export const db: AppPrismaClient = new Proxy({} as AppPrismaClient, {
  get: (_, property) => {
    const client = getClient();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** What `db.$transaction(async (tx) => …)` hands its callback; functions that take `tx` accept `db` too. */
export type DbTransaction = Omit<AppPrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
