import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { normalizeTruthFields } from "@/lib/extraction/evaluation/normalize-truth-fields";
import { scoreExtraction } from "@/lib/extraction/evaluation/score-extraction";
import { summarizeEvaluation, type TEvaluatedDocument } from "@/lib/extraction/evaluation/summarize-evaluation";
import { extractFieldsFromWords } from "@/lib/extraction/layout/extract-fields-from-words";
import { readImageWords } from "@/lib/extraction/ocr/read-image-words";
import { readScannedPdfWords } from "@/lib/extraction/ocr/read-scanned-pdf-words";
import { readPdfWords } from "@/lib/extraction/pdf/read-pdf-words";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { extractUbl } from "@/lib/extraction/ubl/extract-ubl";

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

let pdfPagesWithoutText = 0;
const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp"]);

const extract = async (file: string, bytes: Buffer): Promise<{ result: TExtractionResult; pages: number } | { skipped: string }> => {
  const extension = path.extname(file).toLowerCase();
  if (extension === ".pdf") {
    const { pages, pageCount, pagesWithoutText } = await readPdfWords({ bytes });
    if (pagesWithoutText.length === 0) return { result: extractFieldsFromWords({ pages, source: "pdf-text", sourceType: "PDF" }), pages: pageCount };
    // Scanned pages go through OCR, as in the pipeline; pages with a text layer keep it.
    pdfPagesWithoutText += pagesWithoutText.length;
    const scanned = await readScannedPdfWords({ bytes });
    const merged = pages.map((page) => (pagesWithoutText.includes(page.page) ? (scanned.find((candidate) => candidate.page === page.page) ?? page) : page));
    return { result: extractFieldsFromWords({ pages: merged, source: "ocr", sourceType: "PDF", engines: pagesWithoutText.length < pageCount ? ["pdf-text", "tesseract"] : ["tesseract"] }), pages: pageCount };
  }
  if (extension === ".xml") return { result: extractUbl({ xml: bytes }), pages: 1 };
  if (IMAGE_EXTENSIONS.has(extension)) {
    const pages = await readImageWords({ bytes });
    return { result: extractFieldsFromWords({ pages, source: "ocr", sourceType: "IMAGE", engines: ["tesseract"] }), pages: pages.length };
  }
  return { skipped: `tipo no soportado: ${extension}` };
};

const documents: TEvaluatedDocument[] = [];
const skipped: { file: string; reason: string }[] = [];
const failed: { file: string; error: string }[] = [];
const details: unknown[] = [];
// One untimed run first, so module loading and JIT warm-up are not billed to the first document.
const first = entries[0];
if (first) await extract(first.file, await readFile(path.join(dir, first.file))).catch(() => undefined);
pdfPagesWithoutText = 0;
for (const entry of entries) {
  const bytes = await readFile(path.join(dir, entry.file));
  const started = performance.now();
  try {
    const outcome = await extract(entry.file, bytes);
    const ms = performance.now() - started;
    if ("skipped" in outcome) {
      skipped.push({ file: entry.file, reason: outcome.skipped });
      continue;
    }
    const scores = scoreExtraction({ result: outcome.result, truth: normalizeTruthFields({ fields: entry.fields }) });
    documents.push({ file: entry.file, pages: outcome.pages, ms, scores });
    if (values.details) details.push({ file: entry.file, wrong: scores.filter((score) => !score.correct) });
  } catch (error) {
    failed.push({ file: entry.file, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
const summary = summarizeEvaluation({ documents, threshold });
const output = JSON.stringify({ dir, ...summary, pdf_pages_without_text: pdfPagesWithoutText, skipped: skipped.length, skipped_reasons: [...new Set(skipped.map((item) => item.reason))], failed, ...(values.details ? { details } : {}) }, null, 2);
// The OCR worker pool keeps the event loop alive; exit once the report is written.
process.stdout.write(`${output}\n`, () => process.exit(failed.length > 0 ? 1 : 0));
