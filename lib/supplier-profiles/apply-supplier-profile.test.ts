import { beforeAll, describe, expect, it } from "vitest";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { extractFieldsFromWords } from "@/lib/extraction/layout/extract-fields-from-words";
import { readPdfWords } from "@/lib/extraction/pdf/read-pdf-words";
import type { TExtractionResult, TPageWords } from "@/lib/extraction/schemas";
import { correctHeaderField, recurringSupplierInvoices } from "@/lib/testing/supplier-profile-fixtures";
import { validateExtraction } from "@/lib/validation/validate-extraction";
import { applySupplierProfile } from "./apply-supplier-profile";
import { SUPPLIER_PROFILE_WARNING, type TSupplierProfile } from "./schemas";
import { updateSupplierProfile } from "./update-supplier-profile";

const { supplier, first, second } = recurringSupplierInvoices();
const pagesOf = async (invoice: typeof first) => (await readPdfWords({ bytes: await renderCorpusPdf({ invoice }) })).pages;
const extract = (pages: TPageWords[]) => extractFieldsFromWords({ pages, source: "pdf-text", sourceType: "PDF" });
const validate = (result: TExtractionResult) => validateExtraction({ result, today: "2026-12-31", maxInvoiceAgeDays: 100_000, duplicateOfInvoiceId: null });
const profileNote = (result: TExtractionResult) => result.warnings.find((warning) => warning.code === SUPPLIER_PROFILE_WARNING)?.message;

let profile: TSupplierProfile;
let secondPages: TPageWords[];

beforeAll(async () => {
  const firstPages = await pagesOf(first);
  const { correction, result } = correctHeaderField(extract(firstPages), "number", first.number);
  profile = updateSupplierProfile({ profile: null, nit: supplier.nit, extraction: result, corrections: [correction], lines: [], pages: firstPages });
  secondPages = await pagesOf(second);
});

describe("applySupplierProfile", () => {
  it("fills the number the generic labels miss through the supplier's own label, and the invoice no longer needs review", () => {
    const generic = extract(secondPages);
    expect(generic.header.number).toBeNull();
    expect(validate(generic).decision).toBe("review");

    const applied = applySupplierProfile({ result: generic, profile, pages: secondPages });
    expect(applied.header.number).toMatchObject({ value: second.number, page: 1, source: "pdf-text" });
    expect(applied.header.number?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(profileNote(applied)).toMatch(/^Completado con el perfil del proveedor: completado número/);
    expect(validate(applied).decision).toBe("auto-approve");
  });

  it("confirms agreeing values (their confidence rises to what the words allow) and keeps every other value", () => {
    const generic = extract(secondPages);
    const applied = applySupplierProfile({ result: generic, profile, pages: secondPages });
    // Read by the generic label at 0.96 × the word confidence (1 in a text layer); the supplier's own label agrees.
    expect(generic.header.issueDate?.confidence).toBeLessThan(1);
    expect(applied.header.issueDate).toEqual({ ...generic.header.issueDate, confidence: 1 });
    expect(applied.header.supplierName?.value).toBe(supplier.name);
    expect(profileNote(applied)).toMatch(/confirmado .*fecha de emisión/);
    expect(applied.lines).toEqual(generic.lines);
    expect(applied.header.taxes).toEqual(generic.header.taxes);
  });

  it("never overrides a high-confidence value that disagrees; a low-confidence one is replaced by the surer reading", () => {
    const generic = extract(secondPages);
    const misread = (confidence: number): TExtractionResult => {
      const total = generic.header.total;
      if (!total) throw new Error("the generic extractor reads the total");
      return { ...generic, header: { ...generic.header, total: { ...total, value: "123.00", confidence } } };
    };
    const kept = applySupplierProfile({ result: misread(0.99), profile, pages: secondPages });
    expect(kept.header.total).toMatchObject({ value: "123.00", confidence: 0.99 });
    expect(profileNote(kept)).toMatch(/total difiere de lo aprendido y se dejó como se leyó/);

    const replaced = applySupplierProfile({ result: misread(0.4), profile, pages: secondPages });
    expect(Number(replaced.header.total?.value)).toBe(Number(second.total));
    expect(replaced.header.total?.confidence).toBeGreaterThan(0.4);
    expect(profileNote(replaced)).toMatch(/corregido total \(lectura de baja confianza\)/);
  });

  it("a doubtful reading fills a missing required field (the reviewer's pre-fill) but not an optional one", () => {
    const blurred = secondPages.map((page) => ({ ...page, words: page.words.map((word) => ({ ...word, confidence: 0.8 })) }));
    const generic = extract(blurred);
    const missing = { ...generic, header: { ...generic.header, dueDate: null } };
    const applied = applySupplierProfile({ result: missing, profile, pages: blurred });
    expect(applied.header.number).toMatchObject({ value: second.number, confidence: 0.776 });
    expect(applied.header.dueDate).toBeNull();
    // The same reading from a clean page is sure enough to fill the optional field too.
    const clean = extract(secondPages);
    const cleanMissing = { ...clean, header: { ...clean.header, dueDate: null } };
    expect(applySupplierProfile({ result: cleanMissing, profile, pages: secondPages }).header.dueDate?.value).toBe(second.dueDate);
  });

  it("an amount is never filled or replaced from its remembered position alone: the totals move with the table", () => {
    const generic = extract(secondPages);
    const subtotal = generic.header.subtotal;
    const total = generic.header.total;
    if (!subtotal || !total) throw new Error("the generic extractor reads both amounts");
    // A profile that lost the subtotal's label, and whose remembered box now holds the total.
    const unlabelled: TSupplierProfile = { ...profile, fields: { subtotal: { page: 1, bbox: total.bbox, label: null, value: null, sameValueCount: 0, seen: 1 } } };
    const missing = { ...generic, header: { ...generic.header, subtotal: null } };
    expect(applySupplierProfile({ result: missing, profile: unlabelled, pages: secondPages }).header.subtotal).toBeNull();
    const unsure = { ...generic, header: { ...generic.header, subtotal: { ...subtotal, confidence: 0.3 } } };
    expect(applySupplierProfile({ result: unsure, profile: unlabelled, pages: secondPages }).header.subtotal).toEqual(unsure.header.subtotal);
  });

  it("without page words (Textract) it pre-fills the approved name and confirms the repeated currency only", () => {
    const generic = extract(secondPages);
    const unsure = { ...generic, header: { ...generic.header, supplierName: null, currency: generic.header.currency && { ...generic.header.currency, confidence: 0.8 } } };
    const applied = applySupplierProfile({ result: unsure, profile, pages: null });
    expect(applied.header.supplierName).toMatchObject({ value: supplier.name, confidence: 0.95 });
    expect(applied.header.currency).toMatchObject({ value: "COP", confidence: 0.97 });
    expect(applied.header.number).toBeNull();
    expect(profileNote(applied)).toBe("Completado con el perfil del proveedor: completado nombre del proveedor; confirmado moneda.");
  });

  it("changes nothing, and adds no note, when the profile has nothing to add", () => {
    const empty: TSupplierProfile = { nit: supplier.nit, supplierName: null, fields: {}, lineProducts: [], invoicesLearned: 1, correctionsLearned: 0 };
    const generic = extract(secondPages);
    expect(applySupplierProfile({ result: generic, profile: empty, pages: secondPages })).toBe(generic);
  });
});
