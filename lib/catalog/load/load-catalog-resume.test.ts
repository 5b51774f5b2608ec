import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, expect, test } from "vitest";
import { CATALOG_CSV_COLUMNS, formatCatalogCsvLine } from "@/lib/catalog/format-catalog-csv-line";
import { generateProducts } from "@/lib/catalog/generate-products";
import { db } from "@/lib/db";
import { seedClassifications } from "@/lib/seed/seed-classifications";

const dir = mkdtempSync(path.join(tmpdir(), "catalog-resume-"));

/** The real CLI in its own node process (no npx wrapper), so SIGKILL hits the loader itself. */
const startLoader = (args: string[]) => {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/catalog-load.ts", ...args], {
    env: { ...process.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (data: Buffer) => (stdout += data.toString()));
  child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
  const exited = once(child, "exit").then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null, stdout, stderr }));
  return { child, exited };
};

const progressOf = async (fingerprintPrefix: string) =>
  db.catalogLoad.findFirst({ where: { sourceFingerprint: { startsWith: fingerprintPrefix } } });

/** Kills the loader with SIGKILL once some chunks are committed and the load is still copying. */
const killMidLoad = async (args: string[], fingerprintPrefix: string, minRows: number) => {
  const { child, exited } = startLoader(args);
  for (;;) {
    const load = await progressOf(fingerprintPrefix);
    if (load && load.status === "LOADING" && load.rowsRead >= minRows) break;
    if (child.exitCode !== null) throw new Error(`El cargador terminó antes de matarlo: ${(await exited).stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill("SIGKILL");
  expect((await exited).signal).toBe("SIGKILL");
  const killed = await progressOf(fingerprintPrefix);
  expect(killed?.status).toBe("LOADING");
  return killed!;
};

const finish = async (args: string[]) => {
  const result = await startLoader(args).exited;
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split("\n").at(-1) as string) as Record<string, unknown>;
};

const codeStats = async () =>
  (await db.$queryRaw<{ total: bigint; distinctCodes: bigint }[]>`SELECT count(*) AS total, count(DISTINCT code) AS "distinctCodes" FROM "Product"`)[0]!;

beforeAll(async () => {
  await seedClassifications();
});

test("a generated load killed mid-copy resumes without duplicating or losing rows", async () => {
  const rows = 120_000;
  const args = ["--rows", String(rows), "--seed", "9", "--chunk-rows", "2000", "--rejects", path.join(dir, "generated.rejects.csv")];
  const killed = await killMidLoad(args, "generated:", 10_000);
  expect(Number(killed.rowsRead)).toBeLessThan(rows);
  // Only committed chunks are in the table: exactly what the progress row says.
  expect(Number((await codeStats()).total)).toBe(Number(killed.rowsLoaded));

  const summary = await finish(args);
  expect(summary).toMatchObject({ resumed: true, rowsRead: rows, rowsLoaded: rows, rowsRejected: 0 });
  const stats = await codeStats();
  expect(Number(stats.total)).toBe(rows);
  expect(Number(stats.distinctCodes)).toBe(rows);
  const expected = [...generateProducts({ count: 3, seed: 9, startIndex: rows - 3 })].map((p) => p.code);
  expect((await db.product.findMany({ where: { code: { in: expected } } })).length).toBe(3);
  const indexes = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_indexes WHERE tablename = 'Product'`;
  expect(Number(indexes[0]?.n)).toBe(5);
}, 90_000);

test("a file load killed mid-copy resumes from its byte offset; the rejects file keeps each bad row once", async () => {
  const file = path.join(dir, "export.csv");
  const rejectsPath = path.join(dir, "export.rejects.csv");
  const rows = 80_000;
  let text = `${CATALOG_CSV_COLUMNS.join(",")}\n`;
  let bad = 0;
  for (const product of generateProducts({ count: rows, seed: 10, startIndex: 500_000 })) {
    // Every 97th row carries a broken GTIN check digit; every 500th a name with a quote, comma and line break.
    const broken = Number(product.code.slice(1)) % 97 === 0;
    if (broken) bad += 1;
    const name = Number(product.code.slice(1)) % 500 === 0 ? `${product.name}, "especial"\nlote` : product.name;
    text += formatCatalogCsvLine({ ...product, name, gtin: broken ? "7702004003509" : product.gtin });
  }
  writeFileSync(file, text);
  const args = ["--file", file, "--rejects", rejectsPath, "--chunk-rows", "2000"];
  const before = Number((await codeStats()).total);
  const killed = await killMidLoad(args, "file:", 10_000);
  expect(Number(killed.resumeOffset)).toBeGreaterThan(0);
  expect(Number(killed.resumeOffset)).toBeLessThan(Buffer.byteLength(text));

  const summary = await finish(args);
  expect(summary).toMatchObject({ resumed: true, rowsRead: rows, rowsLoaded: rows - bad, rowsRejected: bad, rejectCounts: { INVALID_GTIN: bad } });
  const stats = await codeStats();
  expect(Number(stats.total)).toBe(before + rows - bad);
  expect(Number(stats.distinctCodes)).toBe(Number(stats.total));
  const rejects = parse(readFileSync(rejectsPath), { columns: true }) as Record<string, string>[];
  expect(rejects).toHaveLength(bad);
  expect(new Set(rejects.map((r) => r.position)).size).toBe(bad);
  expect(rejects.every((r) => r.reason === "INVALID_GTIN")).toBe(true);
  // Line numbers count the extra line of each multi-line name before them.
  const first = rejects[0]!;
  const firstLine = text.split("\n").findIndex((line) => line.startsWith(`${first.code},`)) + 1;
  expect(Number(first.position)).toBe(firstLine);
  const multiLine = await db.product.findFirstOrThrow({ where: { name: { contains: '"especial"\nlote' } } });
  expect(multiLine.normalizedName).toMatch(/ especial lote$/);
}, 90_000);
