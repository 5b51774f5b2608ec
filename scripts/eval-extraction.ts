import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { normalizeTruthFields } from "@/lib/extraction/evaluation/normalize-truth-fields";
import { scoreExtraction } from "@/lib/extraction/evaluation/score-extraction";
import { summarizeEvaluation, type TEvaluatedDocument } from "@/lib/extraction/evaluation/summarize-evaluation";
import { extractDocument } from "@/lib/extraction/extract-document";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { detectFileType } from "@/lib/invoices/detect-file-type";

// Runs the extractors over a labelled folder and prints accuracy, auto-approve precision, review rate and speed as
// JSON. Ground truth: one `{ "file": ..., "fields": { ... } }` per line (docs/extraction.md).
const { values } = parseArgs({
  options: { dir: { type: "string" }, truth: { type: "string" }, threshold: { type: "string", default: process.env.AUTO_APPROVE_THRESHOLD ?? "0.9" }, details: { type: "boolean", default: false } },
});
if (!values.dir) {
  console.error("Uso: npm run eval:extraction -- --dir DIR [--truth DIR/truth.jsonl] [--threshold 0.9] [--details]");
  process.exit(2);
}
const dir = path.resolve(values.dir);
const truthPath = path.resolve(values.truth ?? path.join(dir, "truth.jsonl"));
const threshold = Number(values.threshold);
const entries = (await readFile(truthPath, "utf8"))
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as { file: string; fields: Record<string, unknown> });

/** The same path the pipeline takes: type by magic bytes, then extractDocument. */
const extract = async (bytes: Buffer): Promise<{ result: TExtractionResult; pages: number } | { skipped: string }> => {
  const detected = await detectFileType({ head: bytes.subarray(0, 4096) });
  if (!detected) return { skipped: "tipo no soportado (firma de bytes)" };
  const result = await extractDocument({ bytes, sourceType: detected.sourceType });
  return { result, pages: Math.max(1, result.pageCount) };
};

const documents: TEvaluatedDocument[] = [];
const skipped: { file: string; reason: string }[] = [];
const failed: { file: string; error: string }[] = [];
const details: unknown[] = [];
// One untimed run first, so module loading and JIT warm-up are not billed to the first document.
const first = entries[0];
if (first) await extract(await readFile(path.join(dir, first.file))).catch(() => undefined);
for (const entry of entries) {
  const bytes = await readFile(path.join(dir, entry.file));
  const started = performance.now();
  try {
    const outcome = await extract(bytes);
    const ms = performance.now() - started;
    if ("skipped" in outcome) {
      skipped.push({ file: entry.file, reason: outcome.skipped });
      continue;
    }
    const scores = scoreExtraction({ result: outcome.result, truth: normalizeTruthFields({ fields: entry.fields }) });
    documents.push({ file: entry.file, pages: outcome.pages, ms, scores, engines: outcome.result.engines });
    if (values.details) details.push({ file: entry.file, wrong: scores.filter((score) => !score.correct) });
  } catch (error) {
    failed.push({ file: entry.file, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
const summary = summarizeEvaluation({ documents, threshold });
const output = JSON.stringify({ dir, ...summary, ocr_pages: documents.filter((document) => document.engines.includes("tesseract")).reduce((sum, document) => sum + document.pages, 0), skipped: skipped.length, skipped_reasons: [...new Set(skipped.map((item) => item.reason))], failed, ...(values.details ? { details } : {}) }, null, 2);
// The OCR worker pool keeps the event loop alive; exit once the report is written.
process.stdout.write(`${output}\n`, () => process.exit(failed.length > 0 ? 1 : 0));
