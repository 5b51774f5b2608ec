import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { extractUbl } from "@/lib/extraction/ubl/extract-ubl";
import { DIAN_TEST_TECHNICAL_KEY } from "@/lib/testing/build-ubl-invoice";
import { validateExtraction } from "./validate-extraction";

const SAMPLES_DIR = path.resolve("lib/extraction/ubl/fixtures/dian");

/** What validation must say of DIAN's own sample kit, read on its issue date with the test range's technical key. */
const EXPECTED_FINDINGS: Record<string, string[]> = {
  // The kit's samples were edited by hand over the years: due dates before issue dates, an old IVA rate.
  "Consumidor_Final.xml": ["DUE_DATE_BEFORE_ISSUE"],
  // A credit note's CUDE is keyed with the issuer's software PIN, which the kit does not publish.
  "CreditNote.xml": ["FOREIGN_CURRENCY", "CUFE_NOT_VERIFIABLE"],
  // Still carries a 16 % IVA subtotal, the rate before the 2016 reform: rightly sent to review.
  "EmisorAutoretenedor.xml": ["IVA_RATE_INVALID"],
  "Excluido_de_IVA.xml": ["DUE_DATE_BEFORE_ISSUE"],
  // Despite its name, this sample is issued in COP (DocumentCurrencyCode).
  "Factura_otra_Moneda.xml": [],
};

test("every sample of the kit is covered", () => {
  expect(readdirSync(SAMPLES_DIR).filter((file) => file.endsWith(".xml")).sort()).toEqual(Object.keys(EXPECTED_FINDINGS).sort());
});

test.each(Object.entries(EXPECTED_FINDINGS))("DIAN sample %s: lines, taxes and totals add up", (file, expected) => {
  const result = extractUbl({ xml: readFileSync(path.join(SAMPLES_DIR, file)), technicalKey: DIAN_TEST_TECHNICAL_KEY });
  const outcome = validateExtraction({
    result,
    today: result.header.issueDate?.value ?? "",
    maxInvoiceAgeDays: 180,
    duplicateOfInvoiceId: null,
  });
  expect(outcome.findings.map((finding) => finding.code)).toEqual(expected);
  expect(outcome.confidence).toBe(1);
});
