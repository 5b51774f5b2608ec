import { expect, test } from "vitest";
import { extractUbl } from "@/lib/extraction/ubl/extract-ubl";
import { validateExtraction } from "@/lib/validation/validate-extraction";
import { buildUblInvoice, DIAN_TEST_TECHNICAL_KEY } from "./build-ubl-invoice";

const xml = buildUblInvoice({
  sequence: 4321,
  issueDate: "2026-11-20",
  supplier: { nit: "900123456", name: "Agrícola Los Andes S.A.S." },
  customer: { nit: "860001022", name: "Comercializadora Andina & Cía" },
  lines: [
    { productCode: "P-1", description: "Café pergamino seco", quantity: "10.5", unitPrice: "12345.67" },
    { productCode: "P-2", description: "Plátano hartón", quantity: "3", unitPrice: "2000.00" },
  ],
});

test("the parser reads every value back and the CUFE verifies with the test range key", () => {
  const result = extractUbl({ xml: Buffer.from(xml), technicalKey: DIAN_TEST_TECHNICAL_KEY });
  expect(result.header.number?.value).toBe("SETP990004321");
  expect(result.header.supplierNit?.value).toBe("900123456");
  expect(result.header.customerId?.value).toBe("860001022");
  expect(result.header.total?.value).toBe("135629.54");
  expect(result.lines.map((line) => [line.sellerItemCode?.value, line.lineAmount?.value])).toEqual([
    ["P-1", "129629.54"],
    ["P-2", "6000.00"],
  ]);
  expect(result.cufeCheck?.status).toBe("verified");
});

test("a generated invoice passes validation without an operator", () => {
  const result = extractUbl({ xml: Buffer.from(xml), technicalKey: DIAN_TEST_TECHNICAL_KEY });
  const outcome = validateExtraction({ result, today: "2026-11-23", maxInvoiceAgeDays: 180, duplicateOfInvoiceId: null });
  expect(outcome.findings.filter((finding) => finding.severity !== "info")).toEqual([]);
  expect(outcome.decision).toBe("auto-approve");
});
