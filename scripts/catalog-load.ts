/**
 * npm run catalog:load -- --rows N [--seed S] | --file export.csv  [--rejects rejects.csv] [--chunk-rows N]
 * Bulk catalog load (docs/catalog-loading.md): progress bar on stderr, one JSON summary line on stdout. Re-running
 * the same command resumes an interrupted load. Exit 0 when the load completed (rejected rows included), 1 when
 * it could not run, 130 when interrupted with Ctrl-C (resumable).
 */
import "./lib/load-env";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { ensureDatabase } from "@/lib/database/ensure-database";

const usage =
  "Uso: npm run catalog:load -- --rows N [--seed S] | --file exportacion.csv  [--rejects rechazos.csv] [--chunk-rows N]";
let parsed;
try {
  parsed = parseArgs({
    options: {
      rows: { type: "string" },
      seed: { type: "string", default: "1555" },
      file: { type: "string" },
      rejects: { type: "string" },
      "chunk-rows": { type: "string" },
    },
  }).values;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if ((parsed.rows === undefined) === (parsed.file === undefined)) {
  console.error(`Indique --rows o --file (uno de los dos).\n${usage}`);
  process.exit(2);
}
const source =
  parsed.file !== undefined
    ? { kind: "file" as const, path: parsed.file }
    : { kind: "generated" as const, rows: Number(parsed.rows), seed: Number(parsed.seed) };
const chunkRows = parsed["chunk-rows"] === undefined ? undefined : Number(parsed["chunk-rows"]);

const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
const controller = new AbortController();
process.once("SIGINT", () => controller.abort());
let exitCode = 0;
try {
  const { loadCatalog } = await import("@/lib/catalog/load/load-catalog");
  const { db } = await import("@/lib/db");
  const bar = new SingleBar(
    {
      format: "{phase} {bar} {percentage}% | {value}/{total} filas | {speed} filas/s | ETA {eta_formatted} | rechazadas {rejected}",
      stream: process.stderr,
      etaBuffer: 50,
      fps: 5,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let startedRows: number | null = null;
  let barStarted = false;
  try {
    const summary = await loadCatalog({
      source,
      rejectsPath: parsed.rejects,
      chunkRows,
      signal: controller.signal,
      onProgress: (progress) => {
        startedRows ??= progress.rowsRead;
        // File loads know their size in bytes, not rows: the bar estimates the total from bytes read so far.
        const total =
          progress.totalRows ??
          (progress.bytesRead && progress.totalBytes ? Math.max(progress.rowsRead, Math.round((progress.rowsRead * progress.totalBytes) / progress.bytesRead)) : progress.rowsRead);
        const seconds = (performance.now() - started) / 1000;
        const payload = {
          phase: progress.phase === "loading" ? "Cargando" : "Índices ",
          speed: seconds > 0 ? Math.round((progress.rowsRead - startedRows) / seconds) : 0,
          rejected: progress.rowsRejected,
        };
        if (!barStarted) {
          bar.start(Math.max(total, 1), progress.rowsRead, payload);
          barStarted = true;
        } else {
          bar.setTotal(Math.max(total, 1));
          bar.update(progress.rowsRead, payload);
        }
      },
    });
    bar.stop();
    if (summary.alreadyCompleted) console.error(`Esta carga ya se completó antes (${summary.source}); no se repitió.`);
    else if (summary.rowsRejected > 0) console.error(`Filas rechazadas: ${summary.rowsRejected}, detalle en ${summary.rejectsPath}`);
    console.log(JSON.stringify(summary));
  } catch (error) {
    bar.stop();
    if (controller.signal.aborted) {
      console.error("Carga interrumpida tras el último bloque confirmado. Ejecute el mismo comando para reanudarla.");
      exitCode = 130;
    } else {
      const { AppError } = await import("@/lib/errors");
      const message = error instanceof AppError ? error.message : `Error de la carga: ${error instanceof Error ? error.message : String(error)}`;
      console.error(message);
      exitCode = 1;
    }
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.stop();
}
process.exit(exitCode);
