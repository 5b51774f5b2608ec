import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

export const DEFAULT_EMBEDDED_PORT = 54329;
export const DEFAULT_EMBEDDED_DIR = ".data/postgres";

/**
 * The database every command uses: `DATABASE_URL` when it is set (RDS, any PostgreSQL), otherwise the embedded
 * server under `.data/` on a fixed local port, started on demand and kept across restarts.
 */
export const ensureDatabase = async (): Promise<RunningPostgres> => {
  const configuredUrl = process.env.DATABASE_URL?.trim();
  if (configuredUrl) return { url: configuredUrl, isOwned: false, stop: async () => undefined };
  return startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_POSTGRES_DIR || DEFAULT_EMBEDDED_DIR,
    port: Number(process.env.EMBEDDED_POSTGRES_PORT || DEFAULT_EMBEDDED_PORT),
    database: "cotejo",
  });
};
