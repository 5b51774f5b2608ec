import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

const dataRoot = mkdtempSync(path.join(tmpdir(), "cotejo-pg-"));
const dataDir = path.join(dataRoot, "postgres");
// Its own server, next to (never on) the test server's port, whatever TEST_POSTGRES_PORT a run chose.
const PORT = Number(process.env.TEST_POSTGRES_PORT ?? 54339) + 10;

afterAll(() => rmSync(dataRoot, { recursive: true, force: true }));

const query = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

test("committed rows survive a crash (SIGKILL) and a clean restart; extensions are enabled", async () => {
  // mkdtemp makes the folder private to root; the postgres system user must be able to enter it.
  chmodSync(dataRoot, 0o755);
  const first = await startEmbeddedPostgres({ dataDir, port: PORT, database: "durability" });
  expect(first.isOwned).toBe(true);
  // The app's URL goes through the Unix socket (no server address); TCP on 127.0.0.1 stays open for tools.
  expect(await query(first.url, "SELECT inet_server_addr() AS addr")).toEqual([{ addr: null }]);
  const tcpUrl = new URL(first.url);
  tcpUrl.searchParams.delete("host");
  expect(await query(tcpUrl.toString(), "SELECT inet_server_addr() AS addr")).toEqual([{ addr: "127.0.0.1" }]);
  await query(first.url, "CREATE TABLE ledger (id int primary key, note text)");
  await query(first.url, "INSERT INTO ledger VALUES (1, 'antes del fallo')");

  // Kill the server without letting it shut down, as a power cut or `kill -9` would.
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGKILL");
  await first.stop();

  const second = await startEmbeddedPostgres({ dataDir, port: PORT, database: "durability" });
  expect(await query(second.url, "SELECT note FROM ledger")).toEqual([{ note: "antes del fallo" }]);
  const extensions = await query(second.url, "SELECT extname FROM pg_extension ORDER BY extname");
  expect(extensions.map((row) => row.extname)).toEqual(expect.arrayContaining(["pg_trgm", "unaccent"]));

  // A second start while the server runs joins it instead of failing, and leaves it running on stop.
  const joined = await startEmbeddedPostgres({ dataDir, port: PORT, database: "durability" });
  expect(joined.isOwned).toBe(false);
  await joined.stop();
  expect(await query(second.url, "SELECT count(*)::int AS n FROM ledger")).toEqual([{ n: 1 }]);

  await second.stop();
  const third = await startEmbeddedPostgres({ dataDir, port: PORT, database: "durability" });
  expect(await query(third.url, "SELECT count(*)::int AS n FROM ledger")).toEqual([{ n: 1 }]);
  await third.stop();
}, 120_000);
