import { describe, expect, test } from "vitest";
import { buildExtractionResult, buildLine, extracted } from "@/lib/testing/build-extraction-result";
import { describeFieldKey, listExtractedFields } from "./list-extracted-fields";
import { listFieldHighlights } from "./list-field-highlights";

const ocr = (value: string, confidence: number, page = 1) => ({
  ...extracted(value, { confidence, source: "ocr" }),
  page,
  bbox: { x: 0.5, y: 0.2 * page, w: 0.3, h: 0.03 },
});

describe("listExtractedFields", () => {
  test("lists every header field, read or not, then each line's fields keyed by its position, not the document's line id", () => {
    const fields = listExtractedFields({
      extraction: buildExtractionResult({ dueDate: null }, [buildLine(1, "Café pergamino", "600000.00"), buildLine(7, "Cacao", "400000.00")]),
    });
    expect(fields.filter((field) => field.lineNumber === null)).toHaveLength(21);
    expect(fields.find((field) => field.key === "header.total")).toMatchObject({
      label: "Total a pagar",
      kind: "amount",
      value: "1050000.00",
      confidence: 1,
      source: "xml",
      page: null,
    });
    expect(fields.find((field) => field.key === "header.dueDate")).toMatchObject({ kind: "date", value: null, confidence: null, source: null });
    expect(fields.find((field) => field.key === "lines.2.description")).toMatchObject({ lineNumber: 2, value: "Cacao", label: "Descripción" });
    expect(fields.find((field) => field.key === "lines.2.quantity")).toMatchObject({ kind: "quantity", value: "1" });
    expect(fields.filter((field) => field.lineNumber === 2)).toHaveLength(8);
    expect(fields.some((field) => field.key.startsWith("lines.7."))).toBe(false);
  });
});

describe("listFieldHighlights", () => {
  const scanned = buildExtractionResult(
    { total: ocr("1050000.00", 0.97), supplierNit: ocr("900373115", 0.62), number: ocr("FE-1001", 0.99, 2) },
    [{ ...buildLine(1, "Café", "1000000.00"), lineAmount: ocr("1000000.00", 0.95) }],
  );

  test("XML values have no box and give no highlight", () => {
    expect(listFieldHighlights({ fields: listExtractedFields({ extraction: buildExtractionResult() }) })).toEqual([]);
  });

  test("a box per value read from a page, warning below the review threshold", () => {
    expect(listFieldHighlights({ fields: listExtractedFields({ extraction: scanned }) })).toEqual([
      { key: "header.number", page: 2, bbox: { x: 0.5, y: 0.4, w: 0.3, h: 0.03 }, tone: "info" },
      { key: "header.supplierNit", page: 1, bbox: { x: 0.5, y: 0.2, w: 0.3, h: 0.03 }, tone: "warning" },
      { key: "header.total", page: 1, bbox: { x: 0.5, y: 0.2, w: 0.3, h: 0.03 }, tone: "info" },
      { key: "lines.1.lineAmount", page: 1, bbox: { x: 0.5, y: 0.2, w: 0.3, h: 0.03 }, tone: "info" },
    ]);
  });

  test("findings set the tone: an error wins over a warning, info findings and other fields change nothing", () => {
    const tones = listFieldHighlights({
      fields: listExtractedFields({ extraction: scanned }),
      findings: [
        { field: "header.total", severity: "error" },
        { field: "header.total", severity: "warning" },
        { field: "lines.1.lineAmount", severity: "warning" },
        { field: "header.number", severity: "info" },
        { field: null, severity: "error" },
      ],
      reviewThreshold: 0.5,
    }).map((highlight) => [highlight.key, highlight.tone]);
    expect(tones).toEqual([
      ["header.number", "info"],
      ["header.supplierNit", "info"],
      ["header.total", "error"],
      ["lines.1.lineAmount", "warning"],
    ]);
  });
});

describe("describeFieldKey", () => {
  test.each([
    ["header.total", "Total a pagar"],
    ["lines.3.quantity", "Línea 3 · Cantidad"],
    ["lines.3.productCode", "Línea 3 · Producto"],
    ["otra.cosa", "otra.cosa"],
  ])("%s → %s", (key, label) => expect(describeFieldKey(key)).toBe(label));
});
