import { describe, expect, it } from "vitest";
import { buildExtractionResult, buildLine, extracted } from "@/lib/testing/build-extraction-result";
import { applyCorrections } from "./apply-corrections";
import { checkReviewArithmetic } from "./check-review-arithmetic";
import { listApprovalConcerns } from "./list-approval-concerns";

const twoLines = () => buildExtractionResult({}, [buildLine(1, "Café", "600000.00"), buildLine(2, "Cacao", "400000.00")]);
const noProducts = [
  { lineNumber: 1, productCode: null, productName: null, matchScore: null },
  { lineNumber: 2, productCode: null, productName: null, matchScore: null },
];

describe("checkReviewArithmetic", () => {
  it("a consistent invoice has no concerns; lines sum exactly", () => {
    expect(checkReviewArithmetic(twoLines())).toEqual({
      lines: [
        { lineNumber: 1, expectedAmount: "600000.00", matches: true },
        { lineNumber: 2, expectedAmount: "400000.00", matches: true },
      ],
      linesSum: "1000000.00",
      concerns: [],
    });
  });

  it("recomputes as values are edited: quantity × price, the lines' sum and the total", () => {
    const { extraction } = applyCorrections({ extraction: twoLines(), products: noProducts, corrections: { lines: [{ lineNumber: 1, quantity: "2" }] } });
    const result = checkReviewArithmetic(extraction);
    expect(result.lines[0]).toEqual({ lineNumber: 1, expectedAmount: "1200000.00", matches: false });
    expect(result.concerns.map((concern) => concern.code)).toEqual(["LINE_AMOUNT_MISMATCH"]);

    const fixed = applyCorrections({ extraction, products: noProducts, corrections: { lines: [{ lineNumber: 1, lineAmount: "1200000" }] } }).extraction;
    const totals = checkReviewArithmetic(fixed);
    expect(totals.linesSum).toBe("1600000.00");
    expect(totals.concerns.map((concern) => [concern.code, concern.field])).toEqual([["LINES_SUM_MISMATCH", "header.subtotal"]]);
    const subtotal = applyCorrections({ extraction: fixed, products: noProducts, corrections: { header: { subtotal: "1600000" } } }).extraction;
    // Subtotal + IVA (50.000) is now 1.650.000, not the 1.050.000 total.
    expect(checkReviewArithmetic(subtotal).concerns.map((concern) => [concern.code, concern.field])).toEqual([["TOTAL_MISMATCH", "header.total"]]);
    const balanced = applyCorrections({ extraction: subtotal, products: noProducts, corrections: { header: { total: "1650000" } } }).extraction;
    expect(checkReviewArithmetic(balanced).concerns).toEqual([]);
  });

  it("tolerates rounding to the peso, like validation, and ignores lines without quantity or price", () => {
    const rounded = buildExtractionResult({}, [
      { ...buildLine(1, "Café", "600000.00"), quantity: extracted("3"), unitPrice: extracted("200000.33") },
      { ...buildLine(2, "Cacao", "400000.00"), quantity: null },
    ]);
    expect(checkReviewArithmetic(rounded).lines).toEqual([
      { lineNumber: 1, expectedAmount: "600000.99", matches: true },
      { lineNumber: 2, expectedAmount: null, matches: true },
    ]);
  });
});

describe("listApprovalConcerns", () => {
  it("names every value that no longer matches the document's reading", () => {
    const { extraction, products } = applyCorrections({
      extraction: twoLines(),
      products: noProducts,
      corrections: { header: { number: "FE-2" }, lines: [{ lineNumber: 2, productCode: "CAF-1" }] },
    });
    const concerns = listApprovalConcerns({
      extraction,
      products,
      ocr: { "header.number": { value: "FE-1001", confidence: 0.5 }, "lines.2.productCode": { value: null, confidence: null } },
    });
    expect(concerns).toEqual([
      { code: "DIFFERS_FROM_OCR", field: "header.number", message: "Número: el documento dice «FE-1001», se aprobará «FE-2»." },
      { code: "DIFFERS_FROM_OCR", field: "lines.2.productCode", message: "Línea 2 · Producto: el documento dice (vacío), se aprobará «CAF-1»." },
    ]);
  });
});
