import { createHash } from "node:crypto";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isValidNitCheckDigit } from "@/lib/organizations/nit-check-digit";
import { CORPUS_TEMPLATES, generateCorpusInvoice } from "./generate-corpus-invoice";
import { renderCorpusPdf } from "./render-corpus-pdf";
import { truthFieldsForInvoice } from "./truth-fields-for-invoice";

const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("corpus generator", () => {
  it("gives byte-identical PDFs and truth for the same seed, different ones for another seed", async () => {
    const run = async (seed: number) =>
      Promise.all(Array.from({ length: 6 }, async (_, index) => {
        const invoice = generateCorpusInvoice({ seed, index });
        return { pdf: sha(await renderCorpusPdf({ invoice })), truth: JSON.stringify(truthFieldsForInvoice({ invoice })) };
      }));
    const first = await run(7);
    expect(await run(7)).toEqual(first);
    const other = await run(8);
    expect(other.map((item) => item.pdf)).not.toEqual(first.map((item) => item.pdf));
    expect(new Set(first.map((item) => item.pdf)).size).toBe(6);
  });

  it("produces invoices whose NITs verify and whose totals add up, across every template", () => {
    const invoices = Array.from({ length: 60 }, (_, index) => generateCorpusInvoice({ seed: 5, index }));
    expect(new Set(invoices.map((invoice) => invoice.template))).toEqual(new Set(CORPUS_TEMPLATES));
    expect(new Set(invoices.flatMap((invoice) => invoice.lines.map((line) => line.ivaRate)))).toEqual(new Set(["0", "5", "19"]));
    expect(invoices.some((invoice) => invoice.withholdings.length > 0)).toBe(true);
    expect(invoices.some((invoice) => invoice.withholdings.length === 0)).toBe(true);
    for (const invoice of invoices) {
      expect(isValidNitCheckDigit(invoice.supplier.nit, invoice.supplier.dv)).toBe(true);
      expect(invoice.cufe).toMatch(/^[0-9a-f]{96}$/);
      const lines = invoice.lines.reduce((sum, line) => sum.plus(line.lineAmount), new Decimal(0));
      expect(lines.toFixed(2)).toBe(invoice.subtotal);
      for (const line of invoice.lines) expect(new Decimal(line.quantity).mul(line.unitPrice).toDecimalPlaces(2).toFixed(2)).toBe(line.lineAmount);
      const taxes = invoice.taxes.reduce((sum, tax) => sum.plus(tax.amount), new Decimal(0));
      const withheld = invoice.withholdings.reduce((sum, tax) => sum.plus(tax.amount), new Decimal(0));
      expect(new Decimal(invoice.subtotal).plus(taxes).minus(withheld).toFixed(2)).toBe(invoice.total);
      expect(invoice.dueDate >= invoice.issueDate).toBe(true);
    }
  });
});
