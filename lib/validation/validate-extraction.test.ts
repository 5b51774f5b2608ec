import { describe, expect, test } from "vitest";
import {
  buildExtractionResult,
  buildLine,
  buildTax,
  extracted,
} from "@/lib/testing/build-extraction-result";
import { validateExtraction } from "./validate-extraction";

const TODAY = "2026-11-23";
const validate = (result = buildExtractionResult(), overrides: Partial<Parameters<typeof validateExtraction>[0]> = {}) =>
  validateExtraction({ result, today: TODAY, maxInvoiceAgeDays: 180, duplicateOfInvoiceId: null, ...overrides });
const codes = (outcome: ReturnType<typeof validate>) => outcome.findings.map((finding) => finding.code);

describe("validateExtraction", () => {
  test("a consistent XML invoice is auto-approved with full confidence", () => {
    expect(validate()).toEqual({ findings: [], confidence: 1, decision: "auto-approve", isRegistrable: true });
  });

  test("confidence is the weakest required field; below the threshold it goes to review", () => {
    const outcome = validate(buildExtractionResult({ total: extracted("1050000.00", { confidence: 0.62, source: "ocr" }) }));
    expect(outcome).toMatchObject({ confidence: 0.62, decision: "review", findings: [] });
    expect(validate(buildExtractionResult(), { autoApproveThreshold: 1.01 }).decision).toBe("review");
  });

  test("a missing required field is an error and zero confidence", () => {
    const outcome = validate(buildExtractionResult({ supplierNit: null, supplierDv: null }));
    expect(outcome.findings).toEqual([
      expect.objectContaining({ code: "REQUIRED_FIELD_MISSING", field: "header.supplierNit", message: "Falta el NIT del proveedor." }),
    ]);
    expect(outcome).toMatchObject({ confidence: 0, decision: "review" });
  });

  test.each([
    ["lines that do not add up", buildExtractionResult({}, [buildLine(1, "Café", "600000.00"), buildLine(2, "Cacao", "300000.00")]), "LINES_SUM_MISMATCH"],
    ["a total that does not add up", buildExtractionResult({ total: extracted("1060000.00") }), "TOTAL_MISMATCH"],
    ["an IVA rate of 16 %", buildExtractionResult({ taxes: [buildTax("01", "16.00", "1000000.00", "50000.00")] }), "IVA_RATE_INVALID"],
    ["a tax that is not base × rate", buildExtractionResult({ taxes: [buildTax("01", "19.00", "1000000.00", "50000.00")] }), "TAX_AMOUNT_MISMATCH"],
    ["a wrong supplier check digit", buildExtractionResult({ supplierDv: extracted("7") }), "NIT_CHECK_DIGIT_INVALID"],
    ["a foreign currency", buildExtractionResult({ currency: extracted("USD") }), "FOREIGN_CURRENCY"],
    ["a due date before the issue date", buildExtractionResult({ dueDate: extracted("2026-10-01") }), "DUE_DATE_BEFORE_ISSUE"],
    ["an issue date in the future", buildExtractionResult({ issueDate: extracted("2026-11-25") }), "ISSUE_DATE_IN_FUTURE"],
    ["a date from 1999", buildExtractionResult({ issueDate: extracted("1999-12-31") }), "ISSUE_DATE_IMPLAUSIBLE"],
    ["a negative line", buildExtractionResult({ subtotal: extracted("-1000.00"), total: extracted("-1000.00"), taxes: [] }, [buildLine(1, "Ajuste", "-1000.00")]), "NEGATIVE_AMOUNT"],
  ])("%s goes to review with its code", (_, result, code) => {
    const outcome = validate(result);
    expect(codes(outcome)).toContain(code);
    expect(outcome.decision).toBe("review");
    for (const finding of outcome.findings) expect(finding.message.length).toBeGreaterThan(10);
  });

  test("rounding differences within a peso are accepted", () => {
    const result = buildExtractionResult({ total: extracted("1050000.99") }, [
      buildLine(1, "Café", "600000.004"),
      buildLine(2, "Cacao", "399999.996"),
    ]);
    expect(codes(validate(result))).toEqual([]);
  });

  test("a printed total net of withholdings is accepted", () => {
    const result = buildExtractionResult({
      withholdings: [buildTax("06", "1.50", "1000000.00", "15000.00")],
      total: extracted("1035000.00"),
    });
    expect(codes(validate(result))).toEqual([]);
  });

  test("allowances, charges and prepaid amounts enter DIAN's payable amount", () => {
    const result = buildExtractionResult({
      allowanceTotal: extracted("59000.00"),
      chargeTotal: extracted("20000.00"),
      prepaidAmount: extracted("11000.00"),
      total: extracted("1000000.00"),
    });
    expect(codes(validate(result))).toEqual([]);
  });

  test("an invoice older than 180 calendar days cannot be registered; 180 days is still on time", () => {
    const old = validate(buildExtractionResult({ issueDate: extracted("2026-05-26"), dueDate: null }));
    expect(codes(old)).toEqual(["INVOICE_TOO_OLD"]);
    expect(old.findings[0]?.message).toContain("181 días");
    expect(old.isRegistrable).toBe(false);
    expect(validate(buildExtractionResult({ issueDate: extracted("2026-05-27"), dueDate: null })).isRegistrable).toBe(true);
  });

  test("a duplicate supplier + number is flagged with the other invoice's id", () => {
    const outcome = validate(buildExtractionResult(), { duplicateOfInvoiceId: "7d3f0f5e-0000-4000-8000-000000000001" });
    expect(outcome.findings).toEqual([
      expect.objectContaining({ code: "DUPLICATE_SUPPLIER_NUMBER", message: expect.stringContaining("FE-1001") }),
    ]);
  });
});

test("a CUFE that does not match the invoice's values needs an operator; one without the technical key is only noted", () => {
  const mismatch = validate({ ...buildExtractionResult(), cufeCheck: { status: "mismatch", nitSource: null, detail: "SHA-384 distinto" } });
  expect(mismatch.findings.map((finding) => [finding.code, finding.severity])).toContainEqual(["CUFE_MISMATCH", "error"]);
  expect(mismatch.decision).toBe("review");
  const unknownKey = validate({ ...buildExtractionResult(), cufeCheck: { status: "not-verifiable", nitSource: null, detail: "sin clave" } });
  expect(unknownKey.findings.map((finding) => [finding.code, finding.severity])).toContainEqual(["CUFE_NOT_VERIFIABLE", "info"]);
});
