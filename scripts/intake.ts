/**
 * npm run intake -- <folder | s3://bucket/prefix> [--user email] [--concurrency n]
 * Bulk intake through the same ingestUpload as POST /api/invoices: progress bar on stderr, then a text summary
 * and one JSON line on stdout. Exit code 0 even when files were rejected (their reasons are in the summary);
 * 1 when the intake itself could not run.
 */
import "./lib/load-env";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { ensureDatabase } from "@/lib/database/ensure-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { user: { type: "string" }, concurrency: { type: "string", default: "2" } },
});
const source = positionals[0];
if (!source) {
  console.error("Uso: npm run intake -- <carpeta | s3://bucket/prefijo> [--user correo] [--concurrency n]");
  process.exit(2);
}

const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
let exitCode = 0;
try {
  const { getEnv } = await import("@/lib/env");
  const { parseIntakeSource } = await import("@/lib/invoices/parse-intake-source");
  const { listIntakeFolder } = await import("@/lib/invoices/list-intake-folder");
  const { listIntakeS3 } = await import("@/lib/invoices/list-intake-s3");
  const { resolveIntakeUploader } = await import("@/lib/invoices/resolve-intake-uploader");
  const { runIntake } = await import("@/lib/invoices/run-intake");
  const { createS3Client } = await import("@/lib/storage/create-s3-client");
  const { db } = await import("@/lib/db");

  try {
    const parsed = parseIntakeSource({ source });
    const env = getEnv();
    const items =
      parsed.kind === "folder"
        ? await listIntakeFolder({ dir: parsed.dir })
        : await listIntakeS3({
            client: createS3Client({ region: env.AWS_REGION, endpoint: env.S3_ENDPOINT }),
            bucket: parsed.bucket,
            prefix: parsed.prefix,
          });
    const uploader = await resolveIntakeUploader({ email: values.user });

    const bar = new SingleBar(
      { format: "{bar} {percentage}% | {value}/{total} | nuevas {accepted} · duplicadas {duplicates} · rechazadas {rejected}", stream: process.stderr },
      Presets.shades_classic,
    );
    const counts = { accepted: 0, duplicates: 0, rejected: 0 };
    bar.start(items.length, 0, counts);
    const summary = await runIntake({
      items,
      uploader,
      concurrency: Math.max(1, Number(values.concurrency) || 1),
      onOutcome: (outcome) => {
        if (outcome.status === "created") counts.accepted += 1;
        else if (outcome.status === "duplicate") counts.duplicates += 1;
        else counts.rejected += 1;
        bar.increment(1, counts);
      },
    });
    bar.stop();

    console.log(`Origen: ${source} (como ${uploader.email})`);
    console.log(`Archivos: ${summary.total} · aceptados: ${summary.accepted} · duplicados: ${summary.duplicates} · rechazados: ${summary.rejected}`);
    for (const [code, count] of Object.entries(summary.reasons)) console.log(`  ${code}: ${count}`);
    for (const rejection of summary.rejections) console.log(`  ✗ ${rejection.name}: ${rejection.code} — ${rejection.message}`);
    console.log(JSON.stringify({ source, uploader: uploader.email, ...summary }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    exitCode = 1;
  } finally {
    await db.$disconnect();
  }
} finally {
  await database.stop();
}
process.exit(exitCode);
