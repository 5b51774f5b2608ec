import { describe, expect, it } from "vitest";
import { extractFieldsFromWords } from "@/lib/extraction/layout/extract-fields-from-words";
import { normalizeTruthFields } from "./normalize-truth-fields";
import { scoreExtraction } from "./score-extraction";
import { summarizeEvaluation } from "./summarize-evaluation";

const words = (texts: [number, number, string][]) => [
  {
    page: 1,
    width: 612,
    height: 792,
    words: texts.flatMap(([x, y, text]) => text.split(" ").map((token, index) => ({ text: token, bbox: { x: x + index * 0.06, y, w: 0.05, h: 0.012 }, confidence: 1 }))),
  },
];

describe("scoreExtraction and summarizeEvaluation", () => {
  const result = extractFieldsFromWords({ pages: words([[0.05, 0.05, "Factura No. FE-12"], [0.05, 0.1, "Moneda: COP"], [0.05, 0.15, "Subtotal"], [0.6, 0.15, "100,00"], [0.05, 0.2, "Total a pagar"], [0.6, 0.2, "100,00"]]), source: "pdf-text", sourceType: "PDF" });

  it("scores only the fields the truth names, and a missing expected value as wrong", () => {
    const scores = scoreExtraction({ result, truth: normalizeTruthFields({ fields: { id: "FE12", currency: "COP", payable_amount: "100", issue_date: "2026-01-01", taxes: [] } }) });
    expect(Object.fromEntries(scores.map((score) => [score.field, score.correct]))).toEqual({ number: true, currency: true, total: true, issueDate: false, taxes: true });
  });

  it("counts a confident wrong value against auto-approve precision and a missing key field as review", () => {
    const good = scoreExtraction({ result, truth: { number: "FE12", total: "100.00", currency: "COP" } });
    const wrong = scoreExtraction({ result, truth: { number: "FE13", total: "100.00", currency: "COP" } });
    const summary = summarizeEvaluation({ documents: [{ file: "a.pdf", pages: 1, ms: 10, scores: good, engines: ["pdf-text"] }, { file: "b.pdf", pages: 2, ms: 60, scores: wrong, engines: ["pdf-text"] }], threshold: 0.9 });
    expect(summary.documents).toBe(2);
    expect(summary.field_accuracy.number).toBe(0.5);
    expect(summary.auto_approved_precision).toBeLessThan(1);
    expect(summary.auto_approved_wrong.map((item) => item.field)).toEqual(["number"]);
    // issueDate and supplierNit are absent from these truths, so every document needs review.
    expect(summary.review_rate).toBe(1);
    expect(summary.ms_per_page).toEqual({ p50: 10, p95: 30 });
  });
});
