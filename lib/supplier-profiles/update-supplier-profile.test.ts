import { describe, expect, it } from "vitest";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { extractFieldsFromWords } from "@/lib/extraction/layout/extract-fields-from-words";
import { readPdfWords } from "@/lib/extraction/pdf/read-pdf-words";
import { correctHeaderField, recurringSupplierInvoices } from "@/lib/testing/supplier-profile-fixtures";
import { updateSupplierProfile } from "./update-supplier-profile";

const { supplier, first, second, sharedCode } = recurringSupplierInvoices();
const pagesOf = async (invoice: typeof first) => (await readPdfWords({ bytes: await renderCorpusPdf({ invoice }) })).pages;

describe("updateSupplierProfile", () => {
  it("learns the corrected value's position and the supplier's own label, the name and the chosen products", async () => {
    const pages = await pagesOf(first);
    const extracted = extractFieldsFromWords({ pages, source: "pdf-text", sourceType: "PDF" });
    // The generic labels do not know "Comprobante de venta": the number is missing and the reviewer types it.
    expect(extracted.header.number).toBeNull();
    const { correction, result } = correctHeaderField(extracted, "number", first.number);
    const lines = result.lines.map((line, index) => ({
      lineNumber: line.lineNumber,
      sellerItemCode: line.sellerItemCode?.value ?? null,
      standardItemCode: null,
      productCode: index === 0 ? "CAT-0001" : null,
    }));
    const profile = updateSupplierProfile({ profile: null, nit: supplier.nit, extraction: result, corrections: [correction], lines, pages });

    expect(profile).toMatchObject({ nit: supplier.nit, supplierName: supplier.name, invoicesLearned: 1, correctionsLearned: 1 });
    expect(profile.fields.number).toMatchObject({ page: 1, label: supplier.numberLabel?.toLowerCase(), value: first.number, sameValueCount: 1, seen: 1 });
    // Printed in the clasico box at the top right.
    expect(profile.fields.number?.bbox?.x).toBeGreaterThan(0.55);
    expect(profile.fields.number?.bbox?.y).toBeLessThan(0.1);
    expect(profile.fields.currency).toMatchObject({ label: "moneda", value: "COP" });
    expect(profile.fields.total).toMatchObject({ label: "total a pagar" });
    expect(profile.lineProducts).toEqual([{ code: first.lines[0]?.code, codeKind: "seller", productCode: "CAT-0001", count: 1 }]);
  });

  it("counts repeated values and mappings; a reviewer's new product for a code replaces the old; row numbers are no codes", async () => {
    const pages = await pagesOf(second);
    const extracted = extractFieldsFromWords({ pages, source: "pdf-text", sourceType: "PDF" });
    const known = {
      nit: supplier.nit,
      supplierName: supplier.name,
      fields: { currency: { page: 1, bbox: null, label: "moneda", value: "COP", sameValueCount: 1, seen: 1 } },
      lineProducts: [
        { code: sharedCode, codeKind: "seller" as const, productCode: "CAT-0001", count: 1 },
        { code: "OTRO-1", codeKind: "seller" as const, productCode: "CAT-0002", count: 3 },
      ],
      invoicesLearned: 1,
      correctionsLearned: 1,
    };
    const lines = [
      { lineNumber: 1, sellerItemCode: sharedCode, standardItemCode: null, productCode: "CAT-0001" },
      { lineNumber: 2, sellerItemCode: "OTRO-1", standardItemCode: "7701234567890", productCode: "CAT-0009" },
      { lineNumber: 3, sellerItemCode: "3", standardItemCode: null, productCode: "CAT-0003" },
    ];
    const profile = updateSupplierProfile({ profile: known, nit: supplier.nit, extraction: extracted, corrections: [], lines, pages });
    expect(profile.fields.currency).toMatchObject({ value: "COP", sameValueCount: 2, seen: 2 });
    expect(profile.fields.issueDate).toMatchObject({ value: second.issueDate, sameValueCount: 1, seen: 1, label: "fecha de emision" });
    expect(profile.lineProducts).toEqual([
      { code: sharedCode, codeKind: "seller", productCode: "CAT-0001", count: 2 },
      { code: "OTRO-1", codeKind: "seller", productCode: "CAT-0009", count: 1 },
      { code: "7701234567890", codeKind: "standard", productCode: "CAT-0009", count: 1 },
    ]);
    expect(profile).toMatchObject({ invoicesLearned: 2, correctionsLearned: 1 });
  });

  it("without page words (XML) it keeps the extractor's boxes and the name, and labels stay unknown", () => {
    const value = (text: string) => ({ value: text, confidence: 1, source: "xml" as const, page: null, bbox: null });
    const extraction = { header: { ...extractFieldsFromWords({ pages: [], source: "pdf-text", sourceType: "PDF" }).header, number: value("FE1"), supplierName: value("Granja Uno S.A.S.") } };
    const profile = updateSupplierProfile({ profile: null, nit: "900123456", extraction, corrections: [], lines: [], pages: null });
    expect(profile.supplierName).toBe("Granja Uno S.A.S.");
    expect(profile.fields.number).toEqual({ page: null, bbox: null, label: null, value: "FE1", sameValueCount: 1, seen: 1 });
  });
});
