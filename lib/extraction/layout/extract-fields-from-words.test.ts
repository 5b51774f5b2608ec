import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { CORPUS_TEMPLATES, generateCorpusInvoice, type TCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { readPdfWords } from "@/lib/extraction/pdf/read-pdf-words";
import { ZExtractionResult, type TPageWords } from "@/lib/extraction/schemas";
import { extractFieldsFromWords } from "./extract-fields-from-words";

const wordsOf = async (invoice: TCorpusInvoice): Promise<TPageWords[]> => (await readPdfWords({ bytes: await renderCorpusPdf({ invoice }) })).pages;

const extract = (pages: TPageWords[]) => ZExtractionResult.parse(extractFieldsFromWords({ pages, source: "pdf-text", sourceType: "PDF" }));

/** Lays text out as a reader would hand it over: one word per token, 0.008 page widths per character. */
const page = (texts: [number, number, string][], confidence = 1): TPageWords => ({
  page: 1,
  width: 612,
  height: 792,
  words: texts.flatMap(([x, y, text]) => {
    let cursor = x;
    return text.split(" ").map((token) => {
      const word = { text: token, bbox: { x: cursor, y, w: token.length * 0.008, h: 0.012 }, confidence };
      cursor += (token.length + 1) * 0.008;
      return word;
    });
  }),
});

const sampleFor = (template: TCorpusInvoice["template"], nth: number) => {
  const matching = Array.from({ length: 30 }, (_, index) => generateCorpusInvoice({ seed: 11, index })).filter((invoice) => invoice.template === template);
  const invoice = matching[nth];
  if (!invoice) throw new Error("no sample");
  return invoice;
};

describe("extractFieldsFromWords", () => {
  for (const template of CORPUS_TEMPLATES) {
    it(`reads the key fields, taxes and lines of the ${template} layout`, async () => {
      for (const nth of [0, 1, 2]) {
        const invoice = sampleFor(template, nth);
        const result = extract(await wordsOf(invoice));
        const { header } = result;
        expect(header.number?.value).toBe(invoice.number);
        expect(header.issueDate?.value).toBe(invoice.issueDate);
        expect(header.dueDate?.value).toBe(invoice.dueDate);
        expect(header.currency?.value).toBe("COP");
        expect(header.supplierNit?.value).toBe(invoice.supplier.nit);
        expect(header.supplierDv?.value).toBe(invoice.supplier.dv);
        expect(header.customerId?.value).toBe(invoice.customer.id);
        expect(header.cufe?.value).toBe(invoice.cufe);
        expect(new Decimal(header.total?.value ?? "NaN").equals(invoice.total)).toBe(true);
        expect(new Decimal(header.subtotal?.value ?? "NaN").equals(invoice.subtotal)).toBe(true);
        expect(header.taxes.map((tax) => [tax.rate?.value, new Decimal(tax.amount.value).toFixed(2)])).toEqual(invoice.taxes.map((tax) => [tax.rate, tax.amount]));
        expect(header.withholdings.map((tax) => new Decimal(tax.amount.value).toFixed(2))).toEqual(invoice.withholdings.map((tax) => tax.amount));
        expect(result.lines).toHaveLength(invoice.lines.length);
        expect(result.lines.map((line) => new Decimal(line.lineAmount?.value ?? "NaN").toFixed(2))).toEqual(invoice.lines.map((line) => line.lineAmount));
        for (const key of ["number", "issueDate", "supplierNit", "total", "currency"] as const) {
          expect(header[key]?.confidence, key).toBeGreaterThanOrEqual(0.9);
          expect(header[key]?.page).toBe(1);
        }
        expect(result.warnings).toEqual([]);
      }
    });
  }

  it("reads a skewed, noisy page (a scan rotated by 1.5°) and approves nothing it is unsure of", async () => {
    for (const template of CORPUS_TEMPLATES) {
      const invoice = sampleFor(template, 1);
      const pages = await wordsOf(invoice);
      const angle = (1.5 * Math.PI) / 180;
      const rotated = pages.map((current) => ({
        ...current,
        words: current.words.map((word, index) => {
          // Rotate the word's centre about the page centre, in page units (points), keeping its size.
          const cx = (word.bbox.x + word.bbox.w / 2) * current.width - current.width / 2;
          const cy = (word.bbox.y + word.bbox.h / 2) * current.height - current.height / 2;
          const x = (cx * Math.cos(angle) - cy * Math.sin(angle) + current.width / 2) / current.width - word.bbox.w / 2;
          const y = (cx * Math.sin(angle) + cy * Math.cos(angle) + current.height / 2) / current.height - word.bbox.h / 2;
          return { ...word, bbox: { ...word.bbox, x: Math.max(0, x), y: Math.max(0, y) }, confidence: index % 7 === 0 ? 0.9 : 0.97 };
        }),
      }));
      const result = ZExtractionResult.parse(extractFieldsFromWords({ pages: rotated, source: "ocr", sourceType: "IMAGE" }));
      expect(result.header.number?.value, template).toBe(invoice.number);
      expect(result.header.issueDate?.value, template).toBe(invoice.issueDate);
      expect(result.header.supplierNit?.value, template).toBe(invoice.supplier.nit);
      expect(new Decimal(result.header.total?.value ?? "NaN").equals(invoice.total), template).toBe(true);
      expect(result.lines, template).toHaveLength(invoice.lines.length);
      expect(result.header.total?.source).toBe("ocr");
      // Word confidences below 1 carry through: nothing read from a 0.9 word reaches 0.9.
      expect(result.header.total?.confidence).toBeLessThanOrEqual(0.97);
    }
  });

  it("places each value's box on the words it was read from", async () => {
    const invoice = sampleFor("clasico", 0);
    const pages = await wordsOf(invoice);
    const total = extract(pages).header.total;
    const printed = pages[0]?.words.find((word) => word.text === invoice.total.replace(/\B(?=(\d{3})+(?!\d))/g, "X").replace(".", ",").replace(/X/g, ".") );
    expect(printed).toBeDefined();
    expect(total?.bbox?.x).toBeLessThanOrEqual(printed?.bbox.x ?? 0);
    expect((total?.bbox?.x ?? 0) + (total?.bbox?.w ?? 0)).toBeCloseTo((printed?.bbox.x ?? 0) + (printed?.bbox.w ?? 0), 5);
    expect(total?.bbox?.y).toBeCloseTo(printed?.bbox.y ?? 0, 5);
  });

  it("sends amounts that do not add up to review instead of approving them", async () => {
    const invoice = Array.from({ length: 30 }, (_, index) => generateCorpusInvoice({ seed: 11, index })).find((candidate) => candidate.template === "moderno" && candidate.taxes.length > 0);
    if (!invoice) throw new Error("no sample with taxes");
    const pages = await wordsOf(invoice);
    const printedTotal = new Decimal(invoice.total).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    // A misread first digit: the kind of error a human would not catch at a glance.
    const bump = (text: string) => `${text[0] === "9" ? "8" : String(Number(text[0]) + 1)}${text.slice(1)}`;
    const tampered = pages.map((current) => ({ ...current, words: current.words.map((word) => (word.text === printedTotal ? { ...word, text: bump(word.text) } : word)) }));
    const result = extract(tampered);
    expect(result.header.total?.value).toBe(bump(new Decimal(invoice.total).toFixed(2)));
    expect(result.header.total?.confidence).toBeLessThan(0.9);
    expect(result.header.subtotal?.confidence).toBeLessThan(0.9);
    expect(result.warnings.map((warning) => warning.code)).toContain("TOTALS_DO_NOT_ADD_UP");
  });

  it("distrusts a subtotal the line table does not add up to, even when the totals agree", async () => {
    const invoice = sampleFor("clasico", 1);
    const pages = await wordsOf(invoice);
    const lastLine = invoice.lines.at(-1);
    const printed = `$ ${new Decimal(lastLine?.lineAmount ?? "0").toFixed(2).replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;
    // The generated words keep "$" apart from the digits; find the amount word in the last table row.
    const digits = printed.slice(2);
    const rows = pages[0]?.words.filter((word) => word.text === digits) ?? [];
    const target = rows.at(-1);
    expect(target).toBeDefined();
    const tampered = pages.map((current) => ({ ...current, words: current.words.map((word) => (word === target ? { ...word, text: `1${word.text}` } : word)) }));
    const result = extract(tampered);
    expect(result.warnings.map((warning) => warning.code)).toContain("LINES_DO_NOT_ADD_UP");
    expect(result.header.subtotal?.confidence).toBeLessThan(0.9);
    expect(result.header.total?.confidence).toBeLessThan(0.9);
  });

  it("leaves absent fields null and says so, without guessing", () => {
    const result = extract([page([[0.05, 0.05, "AGROPECUARIA EL RETIRO S.A.S."], [0.05, 0.1, "Fecha de emisión: 03/02/2026"], [0.6, 0.8, "Total a pagar"], [0.8, 0.8, "$ 1.500.000,00"]])]);
    expect(result.header.number).toBeNull();
    expect(result.header.supplierNit).toBeNull();
    expect(result.header.currency).toBeNull();
    expect(result.header.cufe).toBeNull();
    expect(result.header.issueDate?.value).toBe("2026-02-03");
    // A total with nothing to check it against is read but not trusted enough to approve.
    expect(result.header.total?.value).toBe("1500000.00");
    expect(result.header.total?.confidence).toBeLessThan(0.9);
    expect(result.warnings.filter((warning) => warning.code === "FIELD_NOT_FOUND")).toHaveLength(3);
  });

  it("reads a layout it was not written for, values right of or below their labels", () => {
    const result = extract([
      page([
        [0.06, 0.04, "DISTRIBUIDORA LA COSECHA LTDA"],
        [0.06, 0.07, "NIT 900.123.456-8"],
        [0.6, 0.04, "No. de factura"],
        [0.6, 0.058, "DLC 000871"],
        [0.6, 0.09, "Fecha factura"],
        [0.6, 0.108, "2026-01-15"],
        [0.06, 0.15, "Comprador: Juan Pérez"],
        [0.06, 0.165, "Cédula: 79.555.123"],
        [0.06, 0.2, "Tipo de moneda: USD"],
        [0.06, 0.3, "Producto"],
        [0.4, 0.3, "Cant."],
        [0.55, 0.3, "Precio unitario"],
        [0.8, 0.3, "Valor total"],
        [0.06, 0.32, "Fresas frescas"],
        [0.41, 0.32, "10"],
        [0.58, 0.32, "2,500.00"],
        [0.8, 0.32, "25,000.00"],
        [0.06, 0.34, "Moras"],
        [0.41, 0.34, "4"],
        [0.58, 0.34, "1,000.00"],
        [0.8, 0.34, "4,000.00"],
        [0.55, 0.4, "Subtotal"],
        [0.8, 0.4, "29,000.00"],
        [0.55, 0.42, "IVA 19%"],
        [0.8, 0.42, "5,510.00"],
        [0.55, 0.44, "Valor total a pagar"],
        [0.8, 0.44, "34,510.00"],
      ]),
    ]);
    const { header } = result;
    expect(header.number?.value).toBe("DLC000871");
    expect(header.issueDate?.value).toBe("2026-01-15");
    expect(header.currency?.value).toBe("USD");
    expect(header.supplierName?.value).toBe("DISTRIBUIDORA LA COSECHA LTDA");
    expect(header.supplierNit?.value).toBe("900123456");
    expect(header.customerName?.value).toBe("Juan Pérez");
    expect(header.customerId?.value).toBe("79555123");
    expect(header.total?.value).toBe("34510.00");
    expect(header.total?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(result.lines.map((line) => [line.description.value, line.quantity?.value, line.unitPrice?.value, line.lineAmount?.value])).toEqual([
      ["Fresas frescas", "10", "2500.00", "25000.00"],
      ["Moras", "4", "1000.00", "4000.00"],
    ]);
  });

  it("finds the line table by column alignment when its header row was not read", () => {
    const result = extract([
      page([
        [0.05, 0.2, "AG0810"], [0.15, 0.2, "Cacao en grano fino"], [0.5, 0.2, "6742"], [0.62, 0.2, "$ 20.081,00"], [0.8, 0.2, "$ 135.386.102,00"],
        [0.05, 0.22, "REF5238"], [0.15, 0.22, "Cerdo en pie cebado"], [0.5, 0.22, "7604"], [0.62, 0.22, "$ 8.799,00"], [0.816, 0.22, "$ 66.907.596,00"],
        [0.15, 0.235, "de levante"],
        [0.55, 0.3, "Subtotal"], [0.8, 0.3, "$ 202.293.698,00"],
        [0.55, 0.32, "Total a pagar"], [0.8, 0.32, "$ 202.293.698,00"],
      ]),
    ]);
    expect(result.lines.map((line) => [line.description.value, line.quantity?.value, line.unitPrice?.value, line.lineAmount?.value])).toEqual([
      ["Cacao en grano fino", "6742", "20081.00", "135386102.00"],
      ["Cerdo en pie cebado de levante", "7604", "8799.00", "66907596.00"],
    ]);
    expect(result.header.total?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps a row whose amount is unreadable, so the line count stays right and the table goes to review", () => {
    const result = extract([
      page([
        [0.05, 0.2, "Descripción"], [0.45, 0.2, "Cantidad"], [0.6, 0.2, "Valor unitario"], [0.85, 0.2, "Total"],
        [0.05, 0.22, "Maíz amarillo"], [0.47, 0.22, "10"], [0.62, 0.22, "1.000,00"], [0.85, 0.22, "10.000,00"],
        [0.05, 0.24, "Arroz paddy"], [0.47, 0.24, "20"], [0.62, 0.24, "2.000,00"], [0.85, 0.24, "40O,0.00"],
        [0.05, 0.26, "Panela"], [0.47, 0.26, "5"], [0.62, 0.26, "3.000,00"], [0.85, 0.26, "15.000,00"],
        [0.6, 0.3, "Subtotal"], [0.85, 0.3, "65.000,00"],
        [0.6, 0.32, "Total a pagar"], [0.85, 0.32, "65.000,00"],
      ]),
    ]);
    expect(result.lines.map((line) => line.lineAmount?.value ?? null)).toEqual(["10000.00", null, "15000.00"]);
    expect(result.warnings.map((warning) => warning.code)).toContain("LINES_DO_NOT_ADD_UP");
    expect(result.header.total?.confidence).toBeLessThan(0.9);
    expect(Math.max(...result.lines.map((line) => line.lineAmount?.confidence ?? 0))).toBeLessThan(0.9);
  });

  it("tolerates OCR slips in labels and digits, with lower confidence", () => {
    const clean = extract([page([[0.05, 0.1, "Fecha de emisión: 03/02/2026"], [0.05, 0.12, "NIT: 900.123.456-8"]])]);
    const noisy = extract([page([[0.05, 0.1, "Fecba de emislón: 03/02/2026"], [0.05, 0.12, "NIT: 900.123.456-8"], [0.6, 0.8, "Total a pagar"], [0.75, 0.8, "$"], [0.8, 0.8, "1.5OO.000,00"]], 0.93)]);
    expect(noisy.header.issueDate?.value).toBe("2026-02-03");
    expect(noisy.header.issueDate?.confidence).toBeLessThan(clean.header.issueDate?.confidence ?? 0);
    expect(noisy.header.issueDate?.confidence).toBeLessThan(0.9);
    expect(noisy.header.total?.value).toBe("1500000.00");
    expect(noisy.header.total?.confidence).toBeLessThan(0.8);
    expect(noisy.header.supplierNit?.confidence).toBeLessThanOrEqual(0.93);
  });

  it("joins a supplier name wrapped over two lines and never approves a fragment of it", () => {
    const wrapped = extract([page([[0.05, 0.05, "Cooperativa Agropecuaria Santa Bárbara"], [0.05, 0.0625, "LTDA"], [0.05, 0.1, "NIT: 900.123.456-8"]])]);
    expect(wrapped.header.supplierName?.value).toBe("Cooperativa Agropecuaria Santa Bárbara LTDA");
    expect(wrapped.header.supplierName?.confidence).toBeGreaterThanOrEqual(0.9);
    const fragment = extract([page([[0.05, 0.05, "LTDA"], [0.05, 0.1, "NIT: 900.123.456-8"]])]);
    expect(fragment.header.supplierName?.confidence).toBeLessThan(0.9);
  });

  it("distrusts a NIT whose check digit does not match", () => {
    const result = extract([page([[0.05, 0.1, "NIT: 900.123.456-3"]])]);
    expect(result.header.supplierNit?.value).toBe("900123456");
    expect(result.header.supplierNit?.confidence).toBeLessThan(0.9);
    expect(result.warnings.map((warning) => warning.code)).toContain("NIT_DV_MISMATCH");
  });
});
