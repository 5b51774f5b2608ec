import { KEY_FIELDS, type TFieldScore } from "./score-extraction";

export type TEvaluatedDocument = {
  file: string;
  pages: number;
  ms: number;
  scores: TFieldScore[];
  /** Which engines read the document (pdf-text, tesseract, textract, xml). */
  engines: string[];
};

export type SummarizeEvaluationOptions = { documents: TEvaluatedDocument[]; threshold: number };

const percentile = (sorted: number[], p: number): number => {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[index] ?? 0) * 10) / 10;
};
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** The numbers `npm run eval:extraction` prints: per-field and key-field accuracy, auto-approve precision, review rate, speed. */
export const summarizeEvaluation = ({ documents, threshold }: SummarizeEvaluationOptions) => {
  const all = documents.flatMap((document) => document.scores);
  const fields = [...new Set(all.map((score) => score.field))];
  const fieldAccuracy = Object.fromEntries(fields.map((field) => {
    const scores = all.filter((score) => score.field === field);
    return [field, ratio(scores.filter((score) => score.correct).length, scores.length)];
  }));
  const keyScores = all.filter((score) => (KEY_FIELDS as readonly string[]).includes(score.field));
  const approved = all.filter((score) => score.extracted && score.confidence >= threshold);
  const reviewed = documents.filter((document) => KEY_FIELDS.some((field) => {
    const score = document.scores.find((candidate) => candidate.field === field);
    return !score || !score.extracted || score.confidence < threshold;
  }));
  const perPage = documents.map((document) => document.ms / Math.max(1, document.pages)).sort((a, b) => a - b);
  return {
    documents: documents.length,
    pages: documents.reduce((sum, document) => sum + document.pages, 0),
    threshold,
    field_accuracy: fieldAccuracy,
    key_field_accuracy: ratio(keyScores.filter((score) => score.correct).length, keyScores.length),
    key_field_accuracy_by_field: Object.fromEntries(KEY_FIELDS.map((field) => [field, fieldAccuracy[field] ?? null])),
    auto_approved_precision: ratio(approved.filter((score) => score.correct).length, approved.length),
    auto_approved_fields: approved.length,
    auto_approved_wrong: approved.filter((score) => !score.correct).map((score) => ({ field: score.field, expected: score.expected, actual: score.actual, confidence: score.confidence })).slice(0, 20),
    auto_approved_share: ratio(approved.length, all.length),
    review_rate: ratio(reviewed.length, documents.length),
    ms_per_page: { p50: percentile(perPage, 50), p95: percentile(perPage, 95) },
  };
};
