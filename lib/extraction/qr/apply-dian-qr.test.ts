import { describe, expect, test } from "vitest";
import { buildExtractionResult, extracted } from "@/lib/testing/build-extraction-result";
import { applyDianQr } from "./apply-dian-qr";
import { buildDianQrText } from "./build-dian-qr-text";
import { parseDianQr } from "./parse-dian-qr";

const CUFE = "b629c5d2a9bea378550e74f3f376bc9aa85d09d8ff6d7455f689599d4b4f1c39b6f670feb1d93aee376c716817807a1c";
const BBOX = { x: 0.8, y: 0.85, w: 0.12, h: 0.09 };
const qrText = buildDianQrText({
  number: "FE1001",
  issueDate: "2026-11-01",
  issueTime: "10:00:00-05:00",
  supplierNit: "900373115",
  customerId: "800197268",
  subtotal: "1000000.00",
  iva: "50000.00",
  otherTaxes: "0.00",
  total: "1050000.00",
  cufe: CUFE,
});

describe("parseDianQr", () => {
  test("reads the annex's key=value lines", () => {
    expect(parseDianQr({ text: qrText })).toEqual({
      number: "FE1001",
      issueDate: "2026-11-01",
      supplierNit: "900373115",
      customerId: "800197268",
      total: "1050000.00",
      cufe: CUFE,
    });
  });

  test("a bare DIAN lookup URL still yields the CUFE", () => {
    const content = parseDianQr({ text: `https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=${CUFE.toUpperCase()}` });
    expect(content).toMatchObject({ cufe: CUFE, number: null, total: null });
  });

  test.each(["", "https://example.com", "NumFac=FE1\nCUFE=not-a-cufe"])("%j is not a DIAN QR", (text) => {
    expect(parseDianQr({ text })).toBeNull();
  });
});

describe("applyDianQr", () => {
  const qr = parseDianQr({ text: qrText });
  if (!qr) throw new Error("fixture QR must parse");
  const ocr = (value: string, confidence = 0.8) => extracted(value, { confidence, source: "ocr" });

  test("agreement raises confidence; gaps are filled from the QR", () => {
    const result = buildExtractionResult({ number: ocr("FE-1001"), total: ocr("1050000"), cufe: null });
    const merged = applyDianQr({ result, qr, page: 1, bbox: BBOX, source: "ocr" });
    expect(merged.header.number).toMatchObject({ value: "FE-1001", confidence: 0.99 });
    expect(merged.header.total).toMatchObject({ value: "1050000", confidence: 0.99 });
    expect(merged.header.cufe).toMatchObject({ value: CUFE, confidence: 0.95, page: 1, bbox: BBOX, source: "ocr" });
    expect(merged.warnings).toEqual([]);
  });

  test("a disagreement takes the QR value for review and says so", () => {
    const merged = applyDianQr({ result: buildExtractionResult({ total: ocr("1650000.00", 0.97) }), qr, page: 1, bbox: BBOX, source: "ocr" });
    expect(merged.header.total).toMatchObject({ value: "1050000.00", confidence: 0.6 });
    expect(merged.warnings.map((warning) => warning.code)).toEqual(["QR_MISMATCH"]);
  });
});
