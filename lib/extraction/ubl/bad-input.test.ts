import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { extractUbl } from "./extract-ubl";
import { MAX_XML_REFERENCES, rejectUnsafeXml } from "./reject-unsafe-xml";

const ATTACKS = path.join(import.meta.dirname, "fixtures", "attacks");
/** DIAN sample kit, copied from /work/shared/fixtures/dian-ubl so the tests do not depend on this machine. */
const SAMPLES = path.join(import.meta.dirname, "fixtures", "dian");
const read = (name: string) => readFileSync(path.join(ATTACKS, name));

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
};

/** Every rejected fixture and its stable code; shared with the benchmark (npm run bench:ubl), which times them. */
const REJECTED_FIXTURES = JSON.parse(readFileSync(path.join(ATTACKS, "expected-codes.json"), "utf8")) as Record<string, string>;

describe("extractUbl bad input", () => {
  it("has an expected code for every rejected attack fixture", () => {
    const accepted = ["utf16-bom-invoice.xml", "utf8-bom-invoice.xml", "missing-legal-monetary-total.xml"];
    const files = readdirSync(ATTACKS).filter((file) => file.endsWith(".xml"));
    expect(files.filter((file) => !accepted.includes(file)).sort()).toEqual(Object.keys(REJECTED_FIXTURES).sort());
  });

  for (const [file, code] of Object.entries(REJECTED_FIXTURES)) {
    it(`rejects ${file} with ${code}`, () => {
      expect(codeOf(() => extractUbl({ xml: read(file) }))).toBe(code);
    });
  }

  it("never lets an entity be expanded: the external entity's target is not read", () => {
    let error: unknown = null;
    try {
      extractUbl({ xml: read("external-entity.xml") });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(String((error as Error).message)).not.toContain("root:");
  });

  it("finds a DOCTYPE after a BOM, whitespace, comments and processing instructions, in any case", () => {
    const variants = [
      "\uFEFF<!DOCTYPE a><a/>",
      "  \n\t<!DoCtYpE a><a/>",
      '<?xml version="1.0"?><!-- x --><?pi y?><!doctype a [<!ENTITY e "e">]><a>&e;</a>',
      "<a/><!DOCTYPE a>",
      "<!ENTITY e 'x'><a/>",
    ];
    for (const text of variants) expect({ text, code: codeOf(() => extractUbl({ xml: text })) }).toEqual({ text, code: "XML_DOCTYPE_FORBIDDEN" });
    expect(codeOf(() => extractUbl({ xml: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<!DOCTYPE a><a/>")]) }))).toBe(
      "XML_DOCTYPE_FORBIDDEN",
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<!-- c --><!DOCTYPE a><a/>", "utf16le")]);
    expect(codeOf(() => extractUbl({ xml: utf16 }))).toBe("XML_DOCTYPE_FORBIDDEN");
  });

  it("bounds nesting depth without recursion (100k levels, no stack overflow)", () => {
    const deep = "<a>".repeat(100_000) + "</a>".repeat(100_000);
    expect(codeOf(() => rejectUnsafeXml({ text: deep }))).toBe("XML_MALFORMED");
    expect(codeOf(() => rejectUnsafeXml({ text: "<a>".repeat(100) + "</a>".repeat(100) }))).toBeNull();
    expect(codeOf(() => rejectUnsafeXml({ text: "<a>".repeat(101) + "</a>".repeat(101) }))).toBe("XML_MALFORMED");
  });

  it("caps character references before parsing", () => {
    const note = (count: number) => `<a>${"&#65;".repeat(count)}</a>`;
    expect(codeOf(() => rejectUnsafeXml({ text: note(MAX_XML_REFERENCES) }))).toBeNull();
    expect(codeOf(() => rejectUnsafeXml({ text: note(MAX_XML_REFERENCES + 1) }))).toBe("XML_MALFORMED");
  });

  it("rejects malformed XML: unclosed, mismatched, two roots, text outside, undeclared entity", () => {
    for (const text of ["<a><b></a>", "<a>", "<a/><b/>", "hola<a/>", "<a/>hola", "<a x='1></a>", "<a>&bogus;</a>"]) {
      expect({ text, code: codeOf(() => extractUbl({ xml: text })) }).toEqual({ text, code: "XML_MALFORMED" });
    }
  });

  it("tolerates blank lines before the XML declaration", () => {
    const original = extractUbl({ xml: readFileSync(path.join(SAMPLES, "Excluido_de_IVA.xml")) });
    const padded = Buffer.concat([Buffer.from("\r\n\n  "), readFileSync(path.join(SAMPLES, "Excluido_de_IVA.xml"))]);
    expect(extractUbl({ xml: padded })).toEqual(original);
  });

  it("rejects an empty string, zero bytes and whitespace only as empty", () => {
    expect(codeOf(() => extractUbl({ xml: "" }))).toBe("EMPTY_FILE");
    expect(codeOf(() => extractUbl({ xml: " \r\n\t" }))).toBe("EMPTY_FILE");
    expect(codeOf(() => extractUbl({ xml: Buffer.alloc(0) }))).toBe("EMPTY_FILE");
  });

  it("rejects well-formed XML that is another UBL document or no namespace at all", () => {
    const order = '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID xmlns="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">1</ID></Order>';
    expect(codeOf(() => extractUbl({ xml: order }))).toBe("XML_NOT_UBL");
    expect(codeOf(() => extractUbl({ xml: "<Invoice/>" }))).toBe("XML_NOT_UBL");
  });

  it("reads a UTF-16 (BOM) invoice exactly like its UTF-8 original", () => {
    const original = extractUbl({ xml: readFileSync(path.join(SAMPLES, "Excluido_de_IVA.xml")) });
    const utf16 = extractUbl({ xml: read("utf16-bom-invoice.xml") });
    expect(utf16).toEqual(original);
    expect(utf16.header.supplierName?.value).toBe("DIAN");
    expect(utf16.lines[0]?.description.value).toBe("GALON DE ACEITE 5 LTS");
  });

  it("reads UTF-16 big-endian and a UTF-8 BOM, as bytes or as a string", () => {
    const original = extractUbl({ xml: readFileSync(path.join(SAMPLES, "Excluido_de_IVA.xml")) });
    expect(extractUbl({ xml: read("utf8-bom-invoice.xml") })).toEqual(original);
    expect(extractUbl({ xml: read("utf8-bom-invoice.xml").toString("utf8") })).toEqual(original);
    const littleEndian = read("utf16-bom-invoice.xml");
    const bigEndian = Buffer.alloc(littleEndian.length);
    for (let index = 0; index + 1 < littleEndian.length; index += 2) {
      bigEndian[index] = littleEndian[index + 1] ?? 0;
      bigEndian[index + 1] = littleEndian[index] ?? 0;
    }
    expect(extractUbl({ xml: bigEndian })).toEqual(original);
  });

  it("reads Latin-1 declared or mis-declared text, with a warning when it was mis-declared", () => {
    const utf8 = readFileSync(path.join(SAMPLES, "EmisorAutoretenedor.xml"), "utf8");
    const latin1 = Buffer.from(utf8, "latin1");
    const misdeclared = extractUbl({ xml: latin1 });
    expect(misdeclared.lines[1]?.description.value).toBe("Servicio de instalación y configuración");
    expect(misdeclared.warnings.map((warning) => warning.code)).toContain("XML_ENCODING_FALLBACK");
    const declared = extractUbl({ xml: Buffer.from(utf8.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), "latin1") });
    expect(declared.lines[1]?.description.value).toBe("Servicio de instalación y configuración");
    expect(declared.warnings).toEqual([]);
  });

  it("gives null totals and a warning for UBL without LegalMonetaryTotal, without throwing", () => {
    const result = extractUbl({ xml: read("missing-legal-monetary-total.xml"), technicalKey: "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c" });
    const { header } = result;
    for (const amount of [header.subtotal, header.taxExclusiveAmount, header.taxInclusiveAmount, header.total, header.prepaidAmount]) {
      expect(amount).toBeNull();
    }
    expect(header.number?.value).toBe("SETP990000001");
    expect(result.lines).toHaveLength(1);
    expect(result.warnings.map((warning) => warning.code)).toContain("UBL_TOTALS_MISSING");
    expect(result.cufeCheck?.status).toBe("not-verifiable");
  });
});
