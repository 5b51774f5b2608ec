import { readFileSync } from "node:fs";
import path from "node:path";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ZExtractionResult, type TExtractionResult } from "@/lib/extraction/schemas";
import { computeCufe } from "./compute-cufe";
import { extractUbl } from "./extract-ubl";
import { parseXmlTree } from "./parse-xml-tree";
import { readCufeInputs } from "./read-cufe-inputs";

/** DIAN sample kit, copied from /work/shared/fixtures/dian-ubl so the tests do not depend on this machine. */
const SAMPLES = path.join(import.meta.dirname, "fixtures", "dian");
const FIXTURES = path.join(import.meta.dirname, "fixtures");
/** DIAN's public test range (prefix SETP), from the fixtures README. */
const SETP_KEY = "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c";

type Expected = { file: string; fields: Record<string, unknown> };
const expectedRows = readFileSync(path.join(SAMPLES, "expected.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Expected);

type Header = TExtractionResult["header"];
/** expected.jsonl field → where our result keeps it. */
const HEADER_FIELDS: Record<string, (header: Header) => string | null | undefined> = {
  id: (h) => h.number?.value,
  uuid: (h) => h.cufe?.value,
  issue_date: (h) => h.issueDate?.value,
  issue_time: (h) => h.issueTime?.value,
  due_date: (h) => h.dueDate?.value,
  currency: (h) => h.currency?.value,
  supplier_name: (h) => h.supplierName?.value,
  supplier_nit: (h) => h.supplierNit?.value,
  supplier_nit_dv: (h) => h.supplierDv?.value,
  customer_name: (h) => h.customerName?.value,
  customer_id: (h) => h.customerId?.value,
  line_extension_amount: (h) => h.subtotal?.value,
  tax_exclusive_amount: (h) => h.taxExclusiveAmount?.value,
  tax_inclusive_amount: (h) => h.taxInclusiveAmount?.value,
  allowance_total_amount: (h) => h.allowanceTotal?.value,
  charge_total_amount: (h) => h.chargeTotal?.value,
  prepaid_amount: (h) => h.prepaidAmount?.value,
  payable_amount: (h) => h.total?.value,
};
const DOCUMENT_TYPES: Record<string, string> = { Invoice: "INVOICE", CreditNote: "CREDIT_NOTE", DebitNote: "DEBIT_NOTE" };
/** Fields the result shape does not carry (software and profile metadata, how the sample kit was checked). */
const NOT_IN_RESULT_SHAPE = new Set([
  "uuid_scheme",
  "type_code",
  "profile_execution_id",
  "software_id",
  "software_security_code",
  "software_pin_confirmed",
]);

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
};

describe("extractUbl on the DIAN sample kit", () => {
  it("covers all five samples", () => {
    expect(expectedRows.map((row) => row.file).sort()).toEqual([
      "Consumidor_Final.xml",
      "CreditNote.xml",
      "EmisorAutoretenedor.xml",
      "Excluido_de_IVA.xml",
      "Factura_otra_Moneda.xml",
    ]);
  });

  for (const { file, fields } of expectedRows) {
    it(`reads every expected value of ${file}`, () => {
      const bytes = readFileSync(path.join(SAMPLES, file));
      const result = extractUbl({ xml: bytes, technicalKey: SETP_KEY });
      expect(ZExtractionResult.safeParse(result).success).toBe(true);
      const { header } = result;
      const checked = new Set<string>();

      expect(header.documentType?.value).toBe(DOCUMENT_TYPES[fields.document_type as string]);
      expect(result.wrapper).toBe(fields.wrapper);
      checked.add("document_type").add("wrapper");

      for (const [field, read] of Object.entries(HEADER_FIELDS)) {
        expect({ field, value: read(header) ?? null }).toEqual({ field, value: fields[field] });
        checked.add(field);
      }

      // expected.jsonl sums each scheme's document-level TaxTotal; ours are the subtotals (scheme + rate).
      const sums = new Map<string, Decimal>();
      for (const tax of header.taxes) {
        sums.set(tax.scheme.value, (sums.get(tax.scheme.value) ?? new Decimal(0)).plus(tax.amount.value));
      }
      const expectedTaxes = fields.taxes_by_scheme as Record<string, string>;
      expect([...sums.keys()].sort()).toEqual(Object.keys(expectedTaxes).sort());
      for (const [scheme, amount] of Object.entries(expectedTaxes)) {
        expect({ scheme, equal: sums.get(scheme)?.equals(amount) }).toEqual({ scheme, equal: true });
      }
      checked.add("taxes_by_scheme");

      expect(result.lines).toHaveLength(fields.line_count as number);
      expect(String(result.lines.length)).toBe(fields.line_count_numeric);
      checked.add("line_count").add("line_count_numeric");

      const inputs = readCufeInputs({ document: parseXmlTree({ text: bytes.toString("utf8") }) });
      expect(inputs.nitCandidates.find((candidate) => candidate.source === "PartyLegalEntity")?.nit).toBe(
        fields.supplier_legal_entity_id,
      );
      checked.add("supplier_legal_entity_id");

      const cufeCheck = fields.cufe_check as { verified: boolean; nit_ofe_source?: string; preimage?: string };
      if (cufeCheck.verified) {
        expect(result.cufeCheck?.status).toBe("verified");
        expect(result.cufeCheck?.nitSource).toBe(cufeCheck.nit_ofe_source);
        const nit = inputs.nitCandidates.find((candidate) => candidate.source === cufeCheck.nit_ofe_source)?.nit;
        const computed = computeCufe({
          number: inputs.number ?? "",
          issueDate: inputs.issueDate ?? "",
          issueTime: inputs.issueTime ?? "",
          lineExtensionAmount: inputs.lineExtensionAmount ?? "",
          taxAmounts: inputs.taxAmounts,
          payableAmount: inputs.payableAmount ?? "",
          supplierNit: nit ?? "",
          customerId: inputs.customerId ?? "",
          secret: SETP_KEY,
          environment: inputs.environment ?? "",
        });
        expect(computed.preimage).toBe(cufeCheck.preimage);
        expect(computed.cufe).toBe(fields.uuid);
      } else {
        expect(result.cufeCheck?.status).toBe("not-verifiable");
        expect(result.cufeCheck?.nitSource).toBeNull();
      }
      checked.add("cufe_check");

      const unmapped = Object.keys(fields).filter((field) => !checked.has(field));
      expect(unmapped.filter((field) => !NOT_IN_RESULT_SHAPE.has(field))).toEqual([]);
    });
  }

  it("marks every XML value as certain, from xml, without page or box", () => {
    const result = extractUbl({ xml: readFileSync(path.join(SAMPLES, "Consumidor_Final.xml")) });
    const values = [
      result.header.number,
      result.header.total,
      ...result.header.taxes.map((tax) => tax.amount),
      ...result.lines.map((line) => line.lineAmount),
    ];
    for (const value of values) {
      expect(value).toMatchObject({ confidence: 1, source: "xml", page: null, bbox: null });
    }
    expect(result).toMatchObject({ sourceType: "XML", engines: ["xml"], pageCount: 0 });
  });

  it("reads taxes and withholdings by scheme and rate, and the payment means", () => {
    const result = extractUbl({ xml: readFileSync(path.join(SAMPLES, "EmisorAutoretenedor.xml")) });
    const { header } = result;
    expect(header.taxes.map((tax) => [tax.scheme.value, tax.rate?.value ?? null, tax.taxableAmount?.value ?? null, tax.amount.value])).toEqual([
      ["01", "19.00", "12600.06", "2394.01"],
      ["01", "16.00", "187.50", "30.00"],
      ["03", "0.000", "0.00", "0.00"],
      ["04", "0.00", "0.00", "0.00"],
      ["22", null, null, "30.00"],
    ]);
    expect(header.taxes[0]?.name?.value).toBe("IVA");
    expect(header.withholdings.map((tax) => [tax.scheme.value, tax.name?.value, tax.rate?.value, tax.taxableAmount?.value, tax.amount.value])).toEqual([
      ["06", "ReteFuente", "2.50", "1000.00", "25.00"],
    ]);
    expect(header.paymentMeans?.value).toBe("41");
    expect(header.customerDv?.value).toBe("3");
  });

  it("reads every line: description, item codes with scheme, quantity with unit, price, amount, taxes", () => {
    const result = extractUbl({ xml: readFileSync(path.join(SAMPLES, "EmisorAutoretenedor.xml")) });
    const [first, second] = result.lines;
    expect(first).toMatchObject({
      lineNumber: 1,
      description: { value: "ACPM" },
      sellerItemCode: { value: "AOHV84-225" },
      standardItemCode: null,
      standardItemScheme: null,
      quantity: { value: "1.000000" },
      unitCode: { value: "GLL" },
      unitPrice: { value: "18900.00" },
      lineAmount: { value: "12600.06" },
    });
    expect(first?.taxes.map((tax) => [tax.scheme.value, tax.rate?.value ?? null, tax.amount.value])).toEqual([
      ["01", "19.00", "2394.01"],
      ["22", null, "30.00"],
    ]);
    expect(second).toMatchObject({
      lineNumber: 2,
      description: { value: "Servicio de instalación y configuración" },
      sellerItemCode: { value: "91412012412" },
      standardItemCode: { value: "18937100-7" },
      standardItemScheme: { value: "001" },
      quantity: { value: "1.000000" },
      unitCode: { value: "NIU" },
      unitPrice: { value: "0.00" },
      lineAmount: { value: "0.00" },
    });
    const credit = extractUbl({ xml: readFileSync(path.join(SAMPLES, "CreditNote.xml")) });
    expect(credit.lines[0]).toMatchObject({ quantity: { value: "1.000000" }, unitCode: { value: "EA" }, lineAmount: { value: "12600.06" } });
  });

  it("keeps amounts exactly as written and decodes entities in text (A &amp; M)", () => {
    const result = extractUbl({ xml: readFileSync(path.join(SAMPLES, "Consumidor_Final.xml")) });
    expect(result.header.supplierName?.value).toBe("A & M INTERNACIONAL DE COMERCIO SAS");
    expect(result.header.taxes.find((tax) => tax.scheme.value === "04")?.amount.value).toBe("0");
    expect(result.lines.map((line) => line.lineAmount?.value)).toEqual(["250000.00", "0", "1410000.00", "20000.00", "40000.00", "0"]);
    expect(result.lines[1]?.standardItemCode?.value).toBe("3.54354E+12");
    expect(result.lines[1]?.standardItemScheme?.value).toBe("999");
  });
});

describe("extractUbl DebitNote", () => {
  it("reads a debit note: DebitNoteLine, DebitedQuantity and RequestedMonetaryTotal", () => {
    const credit = readFileSync(path.join(SAMPLES, "CreditNote.xml"), "utf8");
    const debit = credit
      .replaceAll("CreditNote-2", "DebitNote-2")
      .replaceAll("<CreditNote ", "<DebitNote ")
      .replaceAll("</CreditNote>", "</DebitNote>")
      .replaceAll("cac:CreditNoteLine", "cac:DebitNoteLine")
      .replaceAll("cbc:CreditedQuantity", "cbc:DebitedQuantity")
      .replaceAll("cac:LegalMonetaryTotal", "cac:RequestedMonetaryTotal")
      .replace(/<cbc:CreditNoteTypeCode>[^<]*<\/cbc:CreditNoteTypeCode>/, "");
    expect(debit).toContain("<cac:RequestedMonetaryTotal>");
    const result = extractUbl({ xml: debit, technicalKey: SETP_KEY });
    expect(result.header.documentType?.value).toBe("DEBIT_NOTE");
    expect(result.header.total?.value).toBe("14994.07");
    expect(result.header.subtotal?.value).toBe("12600.06");
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({ quantity: { value: "1.000000" }, unitCode: { value: "EA" } });
    expect(result.cufeCheck?.status).toBe("not-verifiable");
    expect(result.warnings).toEqual([]);
  });
});

describe("extractUbl CUFE verification", () => {
  const invoice = readFileSync(path.join(SAMPLES, "Factura_otra_Moneda.xml"), "utf8");

  it("is not verifiable without a technical key, never verified", () => {
    expect(extractUbl({ xml: invoice }).cufeCheck).toMatchObject({ status: "not-verifiable", nitSource: null });
    expect(extractUbl({ xml: invoice, technicalKey: "  " }).cufeCheck?.status).toBe("not-verifiable");
  });

  it("reports a mismatch with another key or an altered amount", () => {
    expect(extractUbl({ xml: invoice, technicalKey: "0".repeat(40) }).cufeCheck).toMatchObject({ status: "mismatch", nitSource: null });
    const altered = invoice.replace(
      '<cbc:PayableAmount currencyID="COP">1190000.00</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="COP">1190001.00</cbc:PayableAmount>',
    );
    expect(altered).not.toBe(invoice);
    const result = extractUbl({ xml: altered, technicalKey: SETP_KEY });
    expect(result.header.total?.value).toBe("1190001.00");
    expect(result.cufeCheck?.status).toBe("mismatch");
  });

  it("does not verify a credit note's CUDE even with the key", () => {
    const result = extractUbl({ xml: readFileSync(path.join(SAMPLES, "CreditNote.xml")), technicalKey: SETP_KEY });
    expect(result.cufeCheck?.status).toBe("not-verifiable");
  });
});

describe("extractUbl namespaces", () => {
  const invoice = readFileSync(path.join(SAMPLES, "Factura_otra_Moneda.xml"), "utf8");
  const baseline = extractUbl({ xml: invoice, technicalKey: SETP_KEY });

  it("matches elements by namespace, whatever the prefixes are called", () => {
    const renamed = invoice
      .replaceAll("cbc:", "basic:")
      .replaceAll("cac:", "agg:")
      .replace("xmlns:cbc=", "xmlns:basic=")
      .replace("xmlns:cac=", "xmlns:agg=");
    expect(renamed).toContain("<basic:ID>");
    expect(extractUbl({ xml: renamed, technicalKey: SETP_KEY })).toEqual(baseline);
  });

  it("accepts cbc as the default namespace of each element", () => {
    const cbcNs = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    const unprefixed = invoice.replace(/<cbc:(\w+)([ >/])/g, `<$1 xmlns="${cbcNs}"$2`).replace(/<\/cbc:/g, "</");
    expect(unprefixed).toContain(`<PayableAmount xmlns="${cbcNs}" currencyID="COP">`);
    expect(extractUbl({ xml: unprefixed, technicalKey: SETP_KEY })).toEqual(baseline);
  });

  it("ignores look-alike elements in other namespaces", () => {
    const foreign = invoice.replace(/xmlns:cbc="[^"]+"/, 'xmlns:cbc="urn:example:not-ubl"');
    const result = extractUbl({ xml: foreign });
    expect(result.header.number).toBeNull();
    expect(result.header.total).toBeNull();
  });

  it("rejects an Invoice root outside the UBL namespace", () => {
    expect(codeOf(() => extractUbl({ xml: "<Invoice><ID>1</ID></Invoice>" }))).toBe("XML_NOT_UBL");
  });
});

describe("extractUbl AttachedDocument", () => {
  const wrapped = readFileSync(path.join(FIXTURES, "attached-document-factura-otra-moneda.xml"));

  it("unwraps the embedded invoice and reads the DIAN validation response", () => {
    const result = extractUbl({ xml: wrapped, technicalKey: SETP_KEY });
    const bare = extractUbl({ xml: readFileSync(path.join(SAMPLES, "Factura_otra_Moneda.xml")), technicalKey: SETP_KEY });
    expect(result.wrapper).toBe("AttachedDocument");
    expect(result.dianValidation).toEqual({ responseCode: "02", description: "Documento validado por la DIAN" });
    expect(result.header).toEqual(bare.header);
    expect(result.lines).toEqual(bare.lines);
    expect(result.cufeCheck?.status).toBe("verified");
    expect(result.warnings).toEqual([]);
  });

  it("accepts the invoice as escaped text instead of CDATA", () => {
    const text = wrapped.toString("utf8");
    const escaped = text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_whole, inner: string) =>
      inner.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;"),
    );
    expect(escaped).not.toContain("CDATA");
    const result = extractUbl({ xml: escaped });
    expect(result.header.number?.value).toBe("SETG980000441");
    expect(result.dianValidation?.responseCode).toBe("02");
  });

  it("warns when the DIAN response is missing, and rejects a wrapper without an invoice", () => {
    const text = wrapped.toString("utf8");
    const withoutResponse = text.replace(/<cac:ParentDocumentLineReference>[\s\S]*<\/cac:ParentDocumentLineReference>/, "");
    const result = extractUbl({ xml: withoutResponse });
    expect(result.dianValidation).toBeNull();
    expect(result.warnings.map((warning) => warning.code)).toContain("DIAN_RESPONSE_MISSING");

    const withoutInvoice = text.replace(/<cac:Attachment>\s*<cac:ExternalReference>[\s\S]*?<\/cac:Attachment>/, "");
    expect(codeOf(() => extractUbl({ xml: withoutInvoice }))).toBe("XML_NOT_UBL");
  });

  it("rejects a wrapper that wraps another wrapper", () => {
    const text = wrapped.toString("utf8");
    const nested = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/, `<![CDATA[${text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "x").replace(/^<\?xml[^>]*\?>\s*/, "")}]]>`);
    expect(nested).toContain("<![CDATA[<AttachedDocument");
    expect(codeOf(() => extractUbl({ xml: nested }))).toBe("XML_NOT_UBL");
  });

  it("applies the DOCTYPE rule to the embedded invoice too", () => {
    const text = wrapped.toString("utf8").replace("<![CDATA[<?xml", '<![CDATA[<!DOCTYPE Invoice [<!ENTITY a "a">]><?xml');
    expect(codeOf(() => extractUbl({ xml: text }))).toBe("XML_DOCTYPE_FORBIDDEN");
  });
});

describe("extractUbl warnings on incomplete UBL", () => {
  it("reports a wrong NIT check digit as a warning", () => {
    const invoice = readFileSync(path.join(SAMPLES, "Excluido_de_IVA.xml"), "utf8").replace(
      /(<cac:PartyTaxScheme>\s*<cbc:RegistrationName>DIAN<\/cbc:RegistrationName>\s*<cbc:CompanyID[^>]*schemeID=")4"/,
      '$15"',
    );
    const result = extractUbl({ xml: invoice });
    expect(result.header.supplierDv?.value).toBe("5");
    expect(result.warnings.map((warning) => warning.code)).toContain("NIT_CHECK_DIGIT_INVALID");
  });

  it("gives null for an amount it cannot read instead of guessing", () => {
    const invoice = readFileSync(path.join(SAMPLES, "Excluido_de_IVA.xml"), "utf8").replace(
      '<cbc:PayableAmount currencyID="COP">50000.00</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="COP">50.000,00</cbc:PayableAmount>',
    );
    const result = extractUbl({ xml: invoice });
    expect(result.header.total).toBeNull();
    expect(result.warnings.map((warning) => warning.code)).toContain("UBL_AMOUNT_UNREADABLE");
  });
});
