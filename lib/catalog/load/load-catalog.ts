import { once } from "node:events";
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { rebuildCatalogTerms } from "@/lib/catalog/rebuild-catalog-terms";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { checkCsvHeader } from "./check-csv-header";
import { countLinesBefore } from "./count-lines-before";
import { describeLoadSource, type CatalogLoadSource } from "./describe-load-source";
import { dropProductIndexes } from "./drop-product-indexes";
import { formatProductCopyLine, PRODUCT_COPY_COLUMNS } from "./format-product-copy-line";
import { formatRejectLine, REJECTS_CSV_HEADER } from "./format-reject-line";
import { listProductIndexes, type DroppedProductObject } from "./product-indexes";
import { readCsvRows } from "./read-csv-rows";
import { readGeneratedRows } from "./read-generated-rows";
import { removeDuplicateCodes } from "./remove-duplicate-codes";
import { restoreProductIndexes } from "./restore-product-indexes";
import type { SourceBatch, SourceRow } from "./source-rows";
import { validateCatalogRow } from "./validate-catalog-row";

export type CatalogLoadProgress = {
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  totalRows: number | null;
  /** File loads: bytes read so far and the file's size (totalRows is unknown until the end). */
  bytesRead?: number;
  totalBytes?: number | null;
  phase: "loading" | "indexing";
};

export type LoadCatalogOptions = {
  source: CatalogLoadSource;
  rejectsPath?: string;
  chunkRows?: number;
  onProgress?: (progress: CatalogLoadProgress) => void;
  signal?: AbortSignal;
};

export type CatalogLoadSummary = {
  loadId: string;
  source: string;
  status: "COMPLETED";
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  rejectCounts: Record<string, number>;
  /** Seconds spent copying rows (all runs of a resumed load). */
  loadSeconds: number;
  /** Seconds spent rebuilding indexes, the word dictionary and statistics. */
  indexSeconds: number;
  /** rowsRead / loadSeconds: source rows validated and copied per second. */
  rowsPerSecond: number;
  resumed: boolean;
  /** The same source was already loaded completely; nothing was done this time. */
  alreadyCompleted: boolean;
  rejectsPath: string;
};

type LoadRow = {
  id: string;
  status: "LOADING" | "INDEXING" | "COMPLETED" | "FAILED";
  resumeOffset: string;
  rowsRead: string;
  rowsLoaded: string;
  rowsRejected: string;
  rejectCounts: Record<string, number>;
  rejectsFileBytes: string;
  droppedIndexes: DroppedProductObject[];
  productIdBase: string | null;
  rejectsPath: string | null;
  loadSeconds: number | null;
  indexSeconds: number | null;
};

/** One catalog load at a time per database (advisory lock key). */
const LOAD_LOCK_KEY = 1555_2017_04;
const DEFAULT_CHUNK_ROWS = 100_000;
const COPY_WRITE_BYTES = 256 * 1024;
const UTC_NOW = "timezone('UTC', now())";

const mergeObjects = (...lists: DroppedProductObject[][]): DroppedProductObject[] => {
  const byName = new Map<string, DroppedProductObject>();
  for (const list of lists) for (const object of list) if (!byName.has(object.name)) byName.set(object.name, object);
  return [...byName.values()];
};

const withTransaction = async <T>(client: pg.Client, run: () => Promise<T>): Promise<T> => {
  await client.query("BEGIN");
  try {
    const result = await run();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
};

/**
 * Bulk-loads products from the generator or a catalog CSV export: drops Product's secondary indexes and foreign
 * keys (their definitions saved in CatalogLoad first), streams validated rows through COPY in chunks that each
 * commit together with the load's progress and rejects-file size, then removes duplicate codes, recreates the
 * indexes, rebuilds CatalogTerm and runs ANALYZE. A re-run with the same source resumes after the last committed
 * chunk, so a kill at any moment neither duplicates nor loses rows. See docs/catalog-loading.md.
 */
export const loadCatalog = async ({ source, rejectsPath: requestedRejectsPath, chunkRows = DEFAULT_CHUNK_ROWS, onProgress, signal }: LoadCatalogOptions): Promise<CatalogLoadSummary> => {
  if (!Number.isSafeInteger(chunkRows) || chunkRows < 1) throw new AppError("INVALID_INPUT", { message: "--chunk-rows debe ser un entero positivo." });
  const described = await describeLoadSource(source);
  if (source.kind === "file") await checkCsvHeader(path.resolve(source.path));
  const url = getEnv().DATABASE_URL;
  if (!url) throw new AppError("SERVICE_UNAVAILABLE", { message: "DATABASE_URL no está configurada." });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const locked = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [LOAD_LOCK_KEY]);
    if (!locked.rows[0]?.locked) throw new AppError("CONFLICT", { message: "Otra carga del catálogo está en curso en esta base de datos; espere a que termine." });
    // Each chunk commits its rows with its progress row, so a commit lost in a server crash loses both together
    // and the resumed load simply copies that chunk again: asynchronous commit cannot duplicate or lose rows.
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '1GB'");
    await client.query("SET max_parallel_maintenance_workers = 2");

    const loadColumns = `id, status, "resumeOffset"::text, "rowsRead"::text, "rowsLoaded"::text, "rowsRejected"::text, "rejectCounts",
      "rejectsFileBytes"::text, "droppedIndexes", "productIdBase"::text, "rejectsPath", "loadSeconds", "indexSeconds"`;
    const existing = (await client.query<LoadRow>(`SELECT ${loadColumns} FROM "CatalogLoad" WHERE "sourceFingerprint" = $1`, [described.fingerprint])).rows[0];
    const summarize = (load: LoadRow, flags: { resumed: boolean; alreadyCompleted: boolean }, rejectsPath: string): CatalogLoadSummary => {
      const rowsRead = Number(load.rowsRead);
      const loadSeconds = load.loadSeconds ?? 0;
      return {
        loadId: load.id,
        source: described.description,
        status: "COMPLETED",
        rowsRead,
        rowsLoaded: Number(load.rowsLoaded),
        rowsRejected: Number(load.rowsRejected),
        rejectCounts: load.rejectCounts,
        loadSeconds: Math.round(loadSeconds * 100) / 100,
        indexSeconds: Math.round((load.indexSeconds ?? 0) * 100) / 100,
        rowsPerSecond: loadSeconds > 0 ? Math.round(rowsRead / loadSeconds) : 0,
        ...flags,
        rejectsPath,
      };
    };
    if (existing?.status === "COMPLETED") {
      return summarize(existing, { resumed: false, alreadyCompleted: true }, existing.rejectsPath ?? described.defaultRejectsPath);
    }
    const resumed = existing !== undefined;
    const rejectsPath = path.resolve(requestedRejectsPath ?? existing?.rejectsPath ?? described.defaultRejectsPath);

    const classificationIds = new Map(
      (await client.query<{ id: number; code: string }>(`SELECT id, code FROM "DianClassification"`)).rows.map(({ id, code }) => [code, id]),
    );

    // Drop the indexes, recording them first, in one transaction: a kill cannot lose their definitions. Loads
    // left unfinished with another source hand their recorded indexes over and are marked FAILED.
    let load: LoadRow;
    if (!existing || existing.status === "LOADING" || existing.status === "FAILED") {
      load = await withTransaction(client, async () => {
        const abandoned = await client.query<{ droppedIndexes: DroppedProductObject[] }>(
          `UPDATE "CatalogLoad" SET status = 'FAILED', "updatedAt" = ${UTC_NOW}
           WHERE status IN ('LOADING', 'INDEXING') AND "sourceFingerprint" <> $1 RETURNING "droppedIndexes"`,
          [described.fingerprint],
        );
        const present = await listProductIndexes(client);
        const objects = mergeObjects(existing?.droppedIndexes ?? [], present, ...abandoned.rows.map((row) => row.droppedIndexes));
        await dropProductIndexes(client, objects);
        if (existing) {
          return (
            await client.query<LoadRow>(
              `UPDATE "CatalogLoad" SET status = 'LOADING', "droppedIndexes" = $2::jsonb, "rejectsPath" = $3, "updatedAt" = ${UTC_NOW}
               WHERE id = $1 RETURNING ${loadColumns}`,
              [existing.id, JSON.stringify(objects), rejectsPath],
            )
          ).rows[0] as LoadRow;
        }
        // Reserve one id per possible source position, so rows need no nextval and keep their position.
        const base = (await client.query<{ base: string }>(`SELECT nextval(pg_get_serial_sequence('"Product"', 'id'))::text AS base`)).rows[0]!.base;
        await client.query(`SELECT setval(pg_get_serial_sequence('"Product"', 'id'), $1::bigint + $2::bigint)`, [base, described.idRange]);
        mkdirSync(path.dirname(rejectsPath), { recursive: true });
        return (
          await client.query<LoadRow>(
            `INSERT INTO "CatalogLoad" (id, "sourceKind", "sourceFingerprint", "sourceDescription", "droppedIndexes", "productIdBase",
               "rejectsPath", "rejectsFileBytes", "startedAt", "updatedAt")
             VALUES (gen_random_uuid(), $1, $2, $3, $4::jsonb, $5::bigint, $6, $7, ${UTC_NOW}, ${UTC_NOW}) RETURNING ${loadColumns}`,
            [described.kind, described.fingerprint, described.description, JSON.stringify(objects), base, rejectsPath, Buffer.byteLength(REJECTS_CSV_HEADER)],
          )
        ).rows[0] as LoadRow;
      });
    } else {
      load = existing;
    }

    // The rejects file holds exactly what committed chunks wrote: cut back whatever a killed chunk appended.
    let rejectsBytes = Number(load.rejectsFileBytes);
    if (!resumed || !existsSync(rejectsPath) || statSync(rejectsPath).size < rejectsBytes) {
      mkdirSync(path.dirname(rejectsPath), { recursive: true });
      const fd = openSync(rejectsPath, "w");
      writeSync(fd, REJECTS_CSV_HEADER);
      closeSync(fd);
      if (resumed) rejectsBytes = Buffer.byteLength(REJECTS_CSV_HEADER);
    }
    const rejectsFd = openSync(rejectsPath, "r+");
    try {
      ftruncateSync(rejectsFd, rejectsBytes);
      const appendRejects = (text: string) => {
        if (!text) return;
        rejectsBytes += writeSync(rejectsFd, text, rejectsBytes);
        fsyncSync(rejectsFd);
      };

      const productIdBase = BigInt(load.productIdBase ?? "0");
      // Plain numbers while the reserved range stays below 2^53 (always, in practice): no BigInt per row.
      const numericIdBase = productIdBase + BigInt(described.idRange) < BigInt(Number.MAX_SAFE_INTEGER) ? Number(productIdBase) : null;
      const counts = { rowsRead: Number(load.rowsRead), rowsLoaded: Number(load.rowsLoaded), rowsRejected: Number(load.rowsRejected) };
      const rejectCounts: Record<string, number> = { ...load.rejectCounts };
      let loadSeconds = load.loadSeconds ?? 0;
      let bytesRead = 0;
      const report = (phase: CatalogLoadProgress["phase"]) =>
        onProgress?.({ ...counts, totalRows: described.totalRows, bytesRead, totalBytes: described.totalBytes, phase });
      const saveProgress = (resumeOffset: number | null) =>
        client.query(
          `UPDATE "CatalogLoad" SET "resumeOffset" = COALESCE($2::bigint, "resumeOffset"), "rowsRead" = $3, "rowsLoaded" = $4, "rowsRejected" = $5,
             "rejectCounts" = $6::jsonb, "rejectsFileBytes" = $7, "loadSeconds" = $8, "updatedAt" = ${UTC_NOW} WHERE id = $1`,
          [load.id, resumeOffset, counts.rowsRead, counts.rowsLoaded, counts.rowsRejected, JSON.stringify(rejectCounts), rejectsBytes, loadSeconds],
        );

      if (load.status === "LOADING") {
        const startOffset = Number(load.resumeOffset);
        bytesRead = startOffset;
        const batches: AsyncIterator<SourceBatch> = (
          source.kind === "generated"
            ? readGeneratedRows({ rows: source.rows, seed: source.seed, startIndex: startOffset })
            : readCsvRows({ path: path.resolve(source.path), startOffset, startLine: await countLinesBefore(path.resolve(source.path), startOffset) })
        )[Symbol.asyncIterator]();
        const timestamp = new Date().toISOString();
        let pending: SourceRow[] = [];
        let next = 0;
        let exhausted = false;
        report("loading");
        while (!exhausted) {
          signal?.throwIfAborted();
          const started = performance.now();
          await client.query("BEGIN");
          let copy: ReturnType<typeof copyFrom> | null = null;
          let copyDone = false;
          try {
            copy = client.query(copyFrom(`COPY "Product" (${PRODUCT_COPY_COLUMNS}) FROM STDIN`));
            let out = "";
            let rejectLines = "";
            let taken = 0;
            let resumeOffset = -1;
            while (taken < chunkRows) {
              if (next >= pending.length) {
                const step = await batches.next();
                if (step.done) {
                  exhausted = true;
                  break;
                }
                pending = step.value.rows;
                next = 0;
                if (step.value.bytesRead !== undefined) bytesRead = step.value.bytesRead;
              }
              const first = next;
              const end = Math.min(pending.length, next + chunkRows - taken);
              for (; next < end; next += 1) {
                const row = pending[next] as SourceRow;
                const checked = row.fields ? validateCatalogRow({ fields: row.fields, classificationIds, normalizedName: row.normalizedName }) : null;
                if (checked?.ok) {
                  out += formatProductCopyLine({
                    id: numericIdBase === null ? productIdBase + BigInt(row.position) : numericIdBase + row.position,
                    row: checked.row,
                    timestamp,
                  });
                  counts.rowsLoaded += 1;
                } else {
                  const reason = checked ? checked.reason : "MALFORMED_ROW";
                  rejectLines += formatRejectLine({ position: row.position, reason, fields: row.fields, raw: row.raw });
                  rejectCounts[reason] = (rejectCounts[reason] ?? 0) + 1;
                  counts.rowsRejected += 1;
                }
                counts.rowsRead += 1;
                resumeOffset = row.nextOffset;
              }
              taken += end - first;
              if (out.length >= COPY_WRITE_BYTES) {
                if (!copy.write(out)) await once(copy, "drain");
                out = "";
              }
            }
            copy.end(out);
            await finished(copy);
            copyDone = true;
            appendRejects(rejectLines);
            loadSeconds += (performance.now() - started) / 1000;
            await saveProgress(resumeOffset >= 0 ? resumeOffset : null);
            await client.query("COMMIT");
          } catch (error) {
            // A COPY still open holds the connection: abort it (CopyFail) before the rollback can run.
            if (copy && !copyDone) {
              copy.destroy(error instanceof Error ? error : new Error(String(error)));
              await finished(copy).catch(() => undefined);
            }
            await client.query("ROLLBACK").catch(() => undefined);
            throw error;
          }
          report("loading");
        }
        await client.query(`UPDATE "CatalogLoad" SET status = 'INDEXING', "updatedAt" = ${UTC_NOW} WHERE id = $1`, [load.id]);
      }

      report("indexing");
      const indexStarted = performance.now();
      await restoreProductIndexes({
        client,
        objects: load.droppedIndexes,
        onUniqueViolation: async () => {
          await removeDuplicateCodes({
            client,
            productIdBase,
            commitBatch: async ({ rejectLines, removed }) => {
              appendRejects(rejectLines);
              counts.rowsLoaded -= removed;
              counts.rowsRejected += removed;
              rejectCounts.DUPLICATE_CODE = (rejectCounts.DUPLICATE_CODE ?? 0) + removed;
              await saveProgress(null);
            },
          });
        },
      });
      await rebuildCatalogTerms();
      await client.query(`ANALYZE "Product"`);
      const indexSeconds = (load.indexSeconds ?? 0) + (performance.now() - indexStarted) / 1000;
      const completed = (
        await client.query<LoadRow>(
          `UPDATE "CatalogLoad" SET status = 'COMPLETED', "indexSeconds" = $2, "completedAt" = ${UTC_NOW}, "updatedAt" = ${UTC_NOW}
           WHERE id = $1 RETURNING ${loadColumns}`,
          [load.id, indexSeconds],
        )
      ).rows[0] as LoadRow;
      report("indexing");
      return summarize(completed, { resumed, alreadyCompleted: false }, rejectsPath);
    } finally {
      closeSync(rejectsFd);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
};
