import { createHash } from "node:crypto";
import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { buildExtractionResult, buildLine, extracted } from "@/lib/testing/build-extraction-result";
import { validateExtraction } from "@/lib/validation/validate-extraction";
import { saveExtraction } from "./save-extraction";

let invoiceId = "";

beforeAll(async () => {
  const uploader = await db.user.create({ data: { email: "op@test.co", name: "Op", role: "OPERATOR" } });
  const invoice = await db.invoice.create({
    data: {
      uploadedById: uploader.id,
      sourceType: "XML",
      sha256: createHash("sha256").update("save-extraction").digest("hex"),
      storageKey: "k",
      originalFilename: "f.xml",
      mimeType: "application/xml",
      sizeBytes: 1,
    },
  });
  invoiceId = invoice.id;
});

const outcomeFor = (result: ReturnType<typeof buildExtractionResult>) =>
  validateExtraction({ result, today: "2026-11-23", maxInvoiceAgeDays: 180, duplicateOfInvoiceId: null });

test("header, parties, lines, JSON and an audit entry are stored together", async () => {
  const result = buildExtractionResult();
  await saveExtraction({ invoiceId, result, outcome: outcomeFor(result) });
  const invoice = await db.invoice.findUniqueOrThrow({
    where: { id: invoiceId },
    include: { supplier: true, customer: true, lines: { orderBy: { lineNumber: "asc" } } },
  });
  expect(invoice).toMatchObject({ number: "FE-1001", documentType: "INVOICE", currency: "COP", issueTime: null });
  expect(invoice.issueDate?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  expect(invoice.total?.toFixed(2)).toBe("1050000.00");
  expect(invoice.taxTotal?.toFixed(2)).toBe("50000.00");
  expect(invoice.withholdingTotal).toBeNull();
  expect(invoice.confidence?.toFixed(4)).toBe("1.0000");
  expect(invoice.supplier).toMatchObject({ nit: "900373115", dv: "3", name: "Cooperativa Cafetera del Huila" });
  expect(invoice.customer).toMatchObject({ nit: "800197268", dv: "4" });
  expect(invoice.lines.map((line) => [line.lineNumber, line.description, line.lineAmount?.toFixed(2)])).toEqual([
    [1, "Café pergamino seco", "600000.00"],
    [2, "Cacao en grano", "400000.00"],
  ]);
  expect(invoice.extraction).toMatchObject({ header: { number: { value: "FE-1001", source: "xml" } } });
  expect(invoice.validation).toMatchObject({ decision: "auto-approve" });
  expect(await db.auditEvent.count({ where: { entityId: invoiceId, action: "invoice.extracted" } })).toBe(1);
});

test("re-running replaces the lines and keeps one organization per NIT", async () => {
  const result = buildExtractionResult(
    { subtotal: extracted("1000000.00"), total: extracted("1050000.00") },
    [buildLine(1, "Café pergamino seco (corregido)", "1000000.00")],
  );
  await saveExtraction({ invoiceId, result, outcome: outcomeFor(result) });
  const lines = await db.invoiceLine.findMany({ where: { invoiceId } });
  expect(lines.map((line) => line.description)).toEqual(["Café pergamino seco (corregido)"]);
  expect(await db.organization.count({ where: { nit: "900373115" } })).toBe(1);
});

test("lines with unreadable amounts are kept with nulls, not zeros", async () => {
  const line = { ...buildLine(1, "Línea ilegible", "1.00"), quantity: null, unitPrice: null, lineAmount: null };
  const result = buildExtractionResult({ subtotal: null }, [line]);
  await saveExtraction({ invoiceId, result, outcome: outcomeFor(result) });
  const [stored] = await db.invoiceLine.findMany({ where: { invoiceId } });
  expect(stored).toMatchObject({ quantity: null, unitPrice: null, lineAmount: null });
});
