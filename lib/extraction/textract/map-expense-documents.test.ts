import type { ExpenseField } from "@aws-sdk/client-textract";
import { describe, expect, it } from "vitest";
import { mapExpenseDocuments } from "./map-expense-documents";

const field = (type: string, label: string | null, value: string, options: Partial<ExpenseField> = {}): ExpenseField => ({
  Type: { Text: type, Confidence: 99 },
  ...(label === null ? {} : { LabelDetection: { Text: label, Confidence: 98 } }),
  ValueDetection: {
    Text: value,
    Confidence: 97,
    Geometry: { BoundingBox: { Left: 0.5, Top: 0.5, Width: 0.1, Height: 0.02 } },
  },
  PageNumber: 1,
  ...options,
});

const map = (fields: ExpenseField[]) =>
  mapExpenseDocuments({ documents: [{ ExpenseIndex: 1, SummaryFields: fields }], sourceType: "IMAGE" });

describe("mapExpenseDocuments", () => {
  it("reads a credit note's type and number from the label", () => {
    const { header } = map([field("INVOICE_RECEIPT_ID", "NOTA CRÉDITO ELECTRÓNICA No.", "NC 0042")]);
    expect(header.documentType?.value).toBe("CREDIT_NOTE");
    expect(header.number?.value).toBe("NC0042");
  });

  it("leaves out a value that is not an amount, with a warning, instead of guessing", () => {
    const result = map([field("TOTAL", "Total", "$ 1.23.4")]);
    expect(result.header.total).toBeNull();
    expect(result.warnings).toEqual([{ code: "TEXTRACT_UNPARSEABLE_VALUE", message: expect.stringContaining("$ 1.23.4") }]);
  });

  it("caps the confidence when two readings of one field disagree", () => {
    const result = map([field("TOTAL", "Total", "$ 1.000,00"), field("TOTAL", "Total", "$ 1.900,00", { PageNumber: 2 })]);
    expect(result.header.total?.value).toBe("1000.00");
    expect(result.header.total?.confidence).toBe(0.5);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["TEXTRACT_CONFLICTING_VALUES"]);
    expect(result.pageCount).toBe(2);
  });

  it("agreeing readings keep their confidence", () => {
    const result = map([field("TOTAL", "Total", "$ 1.000,00"), field("TOTAL", "Total a pagar", "1,000.00")]);
    expect(result.header.total).toMatchObject({ value: "1000.00", confidence: 0.97 });
    expect(result.warnings).toEqual([]);
  });

  it("a tax without a recognizable name is assumed IVA at half confidence, and flagged", () => {
    const result = map([field("TAX", "Impuestos", "$ 19.000")]);
    expect(result.header.taxes[0]).toMatchObject({ scheme: { value: "01", confidence: 0.5 }, amount: { value: "19000" } });
    expect(result.warnings.map((warning) => warning.code)).toEqual(["TEXTRACT_TAX_SCHEME_GUESSED"]);
  });

  it("sorts INC and ReteIVA into taxes and withholdings, withholdings as positive amounts", () => {
    const { header } = map([field("TAX", "INC 8%", "$ 8.000"), field("OTHER", "Rete IVA 15%", "-$ 2.850")]);
    expect(header.taxes.map((tax) => [tax.scheme.value, tax.rate?.value, tax.amount.value])).toEqual([["04", "8", "8000"]]);
    expect(header.withholdings.map((tax) => [tax.scheme.value, tax.rate?.value, tax.amount.value])).toEqual([["05", "15", "2850"]]);
  });

  it("clamps boxes that stick out of the page and tolerates a field without geometry", () => {
    const result = map([
      field("SUBTOTAL", "Subtotal", "100", {
        ValueDetection: { Text: "100", Confidence: 90, Geometry: { BoundingBox: { Left: -0.001, Top: 0.95, Width: 0.2, Height: 0.08 } } },
      }),
      field("VENDOR_NAME", null, "Proveedor S.A.S.", { ValueDetection: { Text: "Proveedor S.A.S.", Confidence: 91 } }),
    ]);
    expect(result.header.subtotal?.bbox).toEqual({ x: 0, y: 0.95, w: 0.2, h: expect.closeTo(0.05, 10) as number });
    expect(result.header.supplierName).toMatchObject({ bbox: null, confidence: 0.91 });
  });

  it("does not mistake a 10-digit NIT without hyphen for a NIT with check digit", () => {
    const { header } = map([field("OTHER", "NIT", "9003731153")]);
    expect(header.supplierNit?.value).toBe("9003731153");
    expect(header.supplierDv).toBeNull();
  });
});
