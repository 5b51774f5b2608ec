/**
 * npm run bench:profiles -- [--suppliers 4] [--invoices 10] [--seed 11] [--kinds pdf,scan] [--threshold 0.9]
 *
 * What supplier profiles buy, printed as JSON. The corpus generator (scripts/generate-corpus.ts --suppliers) writes
 * S recurring suppliers × N invoices each, as digital PDFs and degraded scans, into a temporary folder. For each
 * supplier and kind, its 1st invoice is extracted and validated as the pipeline does, a reviewer's corrections are
 * made from the ground truth (every profile field read wrong or below the threshold, and a product chosen for each
 * line by its item code), the invoice is approved and the profile learns from it as learnFromReview does, from
 * the same words. Invoices 2..N are then extracted (once each: real extraction, local OCR for scans) and validated
 * with profiles OFF and ON.
 *
 * review_rate is the share that validation holds for review (any finding, or a required field below the
 * threshold); key_field_accuracy compares number, issue date, supplier NIT, total and currency with the truth;
 * auto_approved_wrong counts invoices approved without review whose key fields were not all right. "today" is set
 * after the corpus's latest date with no age limit, so the invoices' ages play no part. The catalog match is not
 * run (no catalog here): lines_mapped is the share of lines the profile gave a product by item code, and
 * lines_mapped_correct how many of those were the product the reviewer chose for that item.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { normalizeTruthFields } from "@/lib/extraction/evaluation/normalize-truth-fields";
import { KEY_FIELDS, scoreExtraction } from "@/lib/extraction/evaluation/score-extraction";
import { extractDocumentAndWords } from "@/lib/extraction/extract-document";
import type { TExtractedValue, TExtractionResult } from "@/lib/extraction/schemas";
import type { TFieldCorrectionAudit } from "@/lib/review/schemas";
import { applySupplierProfile } from "@/lib/supplier-profiles/apply-supplier-profile";
import { mapLinesByProfile } from "@/lib/supplier-profiles/map-lines-by-profile";
import { isSameFieldValue } from "@/lib/supplier-profiles/read-profile-field";
import { PROFILE_FIELDS, type TProfileField, type TSupplierProfile } from "@/lib/supplier-profiles/schemas";
import { updateSupplierProfile } from "@/lib/supplier-profiles/update-supplier-profile";
import { validateExtraction } from "@/lib/validation/validate-extraction";

const { values } = parseArgs({
  options: {
    suppliers: { type: "string", default: "4" },
    invoices: { type: "string", default: "10" },
    seed: { type: "string", default: "11" },
    kinds: { type: "string", default: "pdf,scan" },
    threshold: { type: "string", default: "0.9" },
  },
});
const supplierCount = Number(values.suppliers);
const invoiceCount = Number(values.invoices);
const threshold = Number(values.threshold);
const kinds = values.kinds.split(",").filter((kind): kind is "pdf" | "scan" => kind === "pdf" || kind === "scan");
const TODAY = "2026-12-31";
const NO_AGE_LIMIT_DAYS = 100_000;
const log = (message: string) => console.error(`[bench-profiles] ${message}`);

type TCorpusTruthLine = { code: string; description: string };
type TTruthLine = { file: string; template: string; supplier: number; items: TCorpusTruthLine[]; fields: Record<string, unknown> };

const started = performance.now();
const dir = await mkdtemp(path.join(os.tmpdir(), "cotejo-bench-profiles-"));
const generated = spawnSync(
  process.execPath,
  ["--import", "tsx", "scripts/generate-corpus.ts", "--suppliers", String(supplierCount), "--count", String(invoiceCount), "--seed", values.seed, "--out", dir, ...(kinds.includes("scan") ? ["--scans"] : [])],
  { encoding: "utf8" },
);
if (generated.status !== 0) throw new Error(`corpus generation failed: ${generated.stderr}`);
/** The catalog product a reviewer picks for a corpus line: one per description. */
const productFor = (description: string) => `CAT-${description.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z0-9]+/g, "-")}`;

const readTruth = async (folder: string): Promise<TTruthLine[]> =>
  (await readFile(path.join(folder, "truth.jsonl"), "utf8"))
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as TTruthLine);

const sourceTypeOf = (file: string) => (file.endsWith(".pdf") ? ("PDF" as const) : ("IMAGE" as const));

const validate = (result: TExtractionResult) =>
  validateExtraction({ result, today: TODAY, maxInvoiceAgeDays: NO_AGE_LIMIT_DAYS, duplicateOfInvoiceId: null, autoApproveThreshold: threshold });

/** What a reviewer does on the 1st invoice: fixes every profile field read wrong or unsure, picks each line's product. */
const review = (result: TExtractionResult, truth: Record<string, unknown>, lines: TCorpusTruthLine[]) => {
  const header = { ...result.header };
  const corrections: TFieldCorrectionAudit[] = [];
  for (const field of PROFILE_FIELDS) {
    const expected = truth[field];
    if (typeof expected !== "string") continue;
    const current = header[field] as TExtractedValue<string> | null;
    if (current && current.confidence >= threshold && isSameFieldValue(field, current.value, expected)) continue;
    corrections.push({ field: `header.${field}`, ocrValue: current?.value ?? null, ocrConfidence: current?.confidence ?? null, before: current?.value ?? null, after: expected });
    // As the correction API stores it: the typed value, certain, where the extractor read (if it read anything).
    (header as Record<TProfileField, TExtractedValue<string> | null>)[field] = { value: expected, confidence: 1, source: current?.source ?? "ocr", page: current?.page ?? null, bbox: current?.bbox ?? null };
  }
  const learnedLines = result.lines.map((line) => {
    const code = line.sellerItemCode?.value.trim() ?? null;
    const truthLine = lines.find((candidate) => candidate.code === code);
    return { lineNumber: line.lineNumber, sellerItemCode: code, standardItemCode: null, productCode: truthLine ? productFor(truthLine.description) : null };
  });
  return { extraction: { header }, corrections, lines: learnedLines };
};

type TRun = { review: boolean; keyCorrect: number; keyTotal: number; approvedWrong: boolean; linesMapped: number; linesMappedCorrect: number; lines: number; profileNote: boolean };

const measure = (result: TExtractionResult, truth: Record<string, unknown>, lines: TCorpusTruthLine[], profile: TSupplierProfile | null): TRun => {
  const outcome = validate(result);
  const keyScores = scoreExtraction({ result, truth: normalizeTruthFields({ fields: truth }) }).filter((score) => (KEY_FIELDS as readonly string[]).includes(score.field));
  const mapped = profile ? mapLinesByProfile({ lines: result.lines.map((line) => ({ lineNumber: line.lineNumber, sellerItemCode: line.sellerItemCode?.value ?? null, standardItemCode: null })), profile }) : new Map<number, string>();
  const correct = [...mapped].filter(([lineNumber, productCode]) => {
    const code = result.lines.find((line) => line.lineNumber === lineNumber)?.sellerItemCode?.value.trim();
    const truthLine = lines.find((candidate) => candidate.code === code);
    return truthLine !== undefined && productFor(truthLine.description) === productCode;
  }).length;
  return {
    review: outcome.decision === "review",
    keyCorrect: keyScores.filter((score) => score.correct).length,
    keyTotal: keyScores.length,
    approvedWrong: outcome.decision === "auto-approve" && keyScores.some((score) => !score.correct),
    linesMapped: mapped.size,
    linesMappedCorrect: correct,
    lines: result.lines.length,
    profileNote: result.warnings.some((warning) => warning.code === "SUPPLIER_PROFILE_APPLIED"),
  };
};

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const summarize = (runs: TRun[]) => ({
  invoices: runs.length,
  review_rate: ratio(runs.filter((run) => run.review).length, runs.length),
  key_field_accuracy: ratio(runs.reduce((sum, run) => sum + run.keyCorrect, 0), runs.reduce((sum, run) => sum + run.keyTotal, 0)),
  auto_approved_wrong: runs.filter((run) => run.approvedWrong).length,
  lines_mapped: ratio(runs.reduce((sum, run) => sum + run.linesMapped, 0), runs.reduce((sum, run) => sum + run.lines, 0)),
  lines_mapped_correct: ratio(runs.reduce((sum, run) => sum + run.linesMappedCorrect, 0), runs.reduce((sum, run) => sum + run.linesMapped, 0)),
  with_profile_note: runs.filter((run) => run.profileNote).length,
});

const report: Record<string, unknown> = {};
for (const kind of kinds) {
  const folder = kind === "scan" ? path.join(dir, "scans") : dir;
  const entries = await readTruth(folder);
  const perSupplier = [];
  const allOff: TRun[] = [];
  const allOn: TRun[] = [];
  for (let supplier = 1; supplier <= supplierCount; supplier += 1) {
    const invoices = entries.filter((entry) => entry.supplier === supplier);
    const [first, ...rest] = invoices;
    if (!first) continue;
    const read = async (entry: TTruthLine) => extractDocumentAndWords({ bytes: await readFile(path.join(folder, entry.file)), sourceType: sourceTypeOf(entry.file) });
    const firstRead = await read(first);
    const firstOutcome = validate(firstRead.result);
    const reviewed = review(firstRead.result, first.fields, first.items);
    const nit = String(first.fields.supplierNit);
    // learnFromReview reads the stored document's words again with the same local readers: the same words.
    const profile = updateSupplierProfile({ profile: null, nit, ...reviewed, pages: firstRead.pages });
    const off: TRun[] = [];
    const on: TRun[] = [];
    for (const entry of rest) {
      // One reading serves both: OFF is what extractDocument returns without profiles, ON what it returns with
      // them (the profile found by the NIT as read, then applied to the same result and words).
      const { result, pages } = await read(entry);
      off.push(measure(result, entry.fields, entry.items, null));
      const known = result.header.supplierNit?.value === nit ? profile : null;
      on.push(measure(known ? applySupplierProfile({ result, profile: known, pages }) : result, entry.fields, entry.items, known));
    }
    allOff.push(...off);
    allOn.push(...on);
    perSupplier.push({
      supplier,
      template: first.template,
      first_invoice: { decision: firstOutcome.decision, corrected: reviewed.corrections.map((correction) => correction.field) },
      profile: { fields: Object.fromEntries(Object.entries(profile.fields).map(([field, memory]) => [field, memory.label])), line_products: profile.lineProducts.length },
      off: summarize(off),
      on: summarize(on),
    });
    log(`${kind} supplier ${supplier}: review ${summarize(off).review_rate} → ${summarize(on).review_rate}`);
  }
  report[kind] = { per_supplier: perSupplier, total: { off: summarize(allOff), on: summarize(allOn) } };
}
await rm(dir, { recursive: true, force: true });
const output = JSON.stringify({ suppliers: supplierCount, invoices_per_supplier: invoiceCount, seed: Number(values.seed), threshold, ...report, seconds: Math.round((performance.now() - started) / 100) / 10 }, null, 2);
// The OCR worker pool keeps the event loop alive; exit once the report is written.
process.stdout.write(`${output}\n`, () => process.exit(0));
