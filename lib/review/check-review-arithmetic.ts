import Decimal from "decimal.js";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { formatCop } from "@/lib/format/format-cop";
import { isWithinTolerance } from "@/lib/validation/amount-tolerance";
import { checkArithmetic } from "@/lib/validation/check-arithmetic";
import type { TApprovalConcern } from "./schemas";

/** The validation findings that mean "the numbers do not add up", as opposed to missing or suspicious data. */
const TOTALS_FINDINGS = new Set(["LINES_SUM_MISMATCH", "TOTAL_MISMATCH"]);

export type TLineArithmetic = {
  lineNumber: number;
  /** Quantity × unit price to the cent, or null while either is missing. */
  expectedAmount: string | null;
  matches: boolean;
};

export type TReviewArithmetic = {
  lines: TLineArithmetic[];
  /** Σ line amounts (lines without an amount count as zero). */
  linesSum: string;
  concerns: TApprovalConcern[];
};

/**
 * Pure: the sums the review screen recomputes as the operator types. Each line's amount against quantity × unit
 * price, then the invoice's own arithmetic exactly as validation checks it (lines add up to the subtotal; subtotal
 * + taxes − withholdings… equals the total), with the same rounding tolerance.
 */
export const checkReviewArithmetic = (extraction: Pick<TExtractionResult, "header" | "lines">): TReviewArithmetic => {
  const lines = extraction.lines.map((line, index): TLineArithmetic => {
    const lineNumber = index + 1;
    if (!line.quantity || !line.unitPrice) return { lineNumber, expectedAmount: null, matches: true };
    const expected = new Decimal(line.quantity.value).times(line.unitPrice.value).toDecimalPlaces(2);
    const matches = !line.lineAmount || isWithinTolerance(new Decimal(line.lineAmount.value), expected, 1);
    return { lineNumber, expectedAmount: expected.toFixed(2), matches };
  });
  const linesSum = extraction.lines.reduce((sum, line) => sum.plus(line.lineAmount?.value ?? 0), new Decimal(0));
  const concerns: TApprovalConcern[] = [
    ...lines
      .filter((line) => !line.matches)
      .map((line) => ({
        code: "LINE_AMOUNT_MISMATCH" as const,
        field: `lines.${line.lineNumber}.lineAmount`,
        message: `Línea ${line.lineNumber}: cantidad × precio da ${formatCop(line.expectedAmount ?? 0)}, no ${formatCop(extraction.lines[line.lineNumber - 1]?.lineAmount?.value ?? 0)}.`,
      })),
    ...checkArithmetic(extraction)
      .filter((finding) => TOTALS_FINDINGS.has(finding.code))
      .map((finding) => ({ code: finding.code as "LINES_SUM_MISMATCH" | "TOTAL_MISMATCH", field: finding.field, message: finding.message })),
  ];
  return { lines, linesSum: linesSum.toFixed(2), concerns };
};
