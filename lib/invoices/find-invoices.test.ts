import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestUser } from "@/lib/testing/create-test-user";
import { findInvoices, INVOICE_COUNT_CAP } from "./find-invoices";
import { ZFindInvoicesQuery } from "./schemas";

let uploaderId: string;
let batchId: string;
const numbers = (page: { items: { number: string | null }[] }) => page.items.map((item) => item.number);
const find = (params: Record<string, string>) => findInvoices(ZFindInvoicesQuery.parse(params));

const invoice = (number: string, data: Partial<Prisma.InvoiceUncheckedCreateInput>): Prisma.InvoiceUncheckedCreateInput => ({
  number,
  sourceType: "XML",
  sha256: randomUUID().replaceAll("-", "").padEnd(64, "0"),
  storageKey: `k/${number}`,
  originalFilename: `${number}.xml`,
  mimeType: "application/xml",
  sizeBytes: 1,
  uploadedById: uploaderId,
  ...data,
});

beforeAll(async () => {
  uploaderId = (await createTestUser({ email: "operador@inbox.test", role: "OPERATOR" })).id;
  batchId = (await db.pipelineBatch.create({ data: { createdById: uploaderId, invoiceCount: 1 } })).id;
  const agro = await db.organization.create({ data: { nit: "900373115", dv: "3", name: "Agrícola del Sinú S.A.S." } });
  const lacteos = await db.organization.create({ data: { nit: "800200300", dv: "1", name: "Lácteos Andinos Ltda." } });
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 12, minutes));
  await db.invoice.createMany({
    data: [
      invoice("A1", { status: "FAILED", supplierId: agro.id, total: "1000000.50", confidence: "0.9500", issueDate: new Date("2026-01-10"), createdAt: at(1) }),
      invoice("A2", { status: "NEEDS_REVIEW", supplierId: agro.id, total: "1000000.49", confidence: "0.8999", issueDate: new Date("2026-02-10"), sourceType: "PDF", createdAt: at(2) }),
      invoice("L1", { status: "CERTIFIED", supplierId: lacteos.id, total: "250000.00", confidence: "0.7000", issueDate: new Date("2026-03-10"), sourceType: "IMAGE", batchId, createdAt: at(3) }),
      invoice("L2", { status: "NEEDS_REVIEW", supplierId: lacteos.id, total: "5000000.00", confidence: "0.6999", issueDate: new Date("2026-04-10"), createdAt: at(4) }),
      invoice("N1", { status: "RECEIVED", createdAt: at(5) }),
    ],
  });
});

describe("findInvoices (the inbox query)", () => {
  it("lists newest uploads first by default, with an exact count", async () => {
    const page = await find({});
    expect(numbers(page)).toEqual(["N1", "L2", "L1", "A2", "A1"]);
    expect(page).toMatchObject({ total: 5, totalIsCapped: false, page: 1, pageSize: 25 });
    expect(page.items[3]).toMatchObject({ supplierName: "Agrícola del Sinú S.A.S.", supplierNit: "900373115-3", total: "1000000.49", sourceType: "PDF" });
  });

  it("filters by several statuses, a confidence band (bounds exact), source and batch", async () => {
    expect(numbers(await find({ status: "FAILED,NEEDS_REVIEW" }))).toEqual(["L2", "A2", "A1"]);
    expect(numbers(await find({ confidence: "alta" }))).toEqual(["A1"]);
    expect(numbers(await find({ confidence: "media" }))).toEqual(["L1", "A2"]);
    expect(numbers(await find({ confidence: "baja" }))).toEqual(["L2"]);
    expect(numbers(await find({ source: "IMAGE" }))).toEqual(["L1"]);
    expect(numbers(await find({ batch: batchId }))).toEqual(["L1"]);
  });

  it("resolves the supplier by NIT prefix (dots and DV allowed) or by part of the name, whatever its case", async () => {
    expect(numbers(await find({ supplier: "900.373" }))).toEqual(["A2", "A1"]);
    expect(numbers(await find({ supplier: "900373115-3" }))).toEqual(["A2", "A1"]);
    expect(numbers(await find({ supplier: "LÁCTEOS andinos" }))).toEqual(["L2", "L1"]);
    expect(await find({ supplier: "Nadie S.A." })).toMatchObject({ items: [], total: 0 });
  });

  it("filters issue dates and totals inclusively, to the cent", async () => {
    // Under a date range the default order is the issue date, newest first.
    expect(numbers(await find({ issuedFrom: "2026-02-10", issuedTo: "2026-03-10" }))).toEqual(["L1", "A2"]);
    expect(numbers(await find({ issuedFrom: "2026-01-01", sort: "createdAt", order: "asc" }))).toEqual(["A1", "A2", "L1", "L2"]);
    expect(numbers(await find({ totalMin: "1000000.50" }))).toEqual(["L2", "A1"]);
    expect(numbers(await find({ totalMax: "1000000.49" }))).toEqual(["L1", "A2"]);
    expect(numbers(await find({ status: "NEEDS_REVIEW", totalMin: "1000000", supplier: "Agrícola" }))).toEqual(["A2"]);
  });

  it("sorts by total, issue date and confidence both ways, nulls after the values ascending", async () => {
    expect(numbers(await find({ sort: "total", order: "asc" }))).toEqual(["L1", "A2", "A1", "L2", "N1"]);
    expect(numbers(await find({ sort: "total", order: "desc" }))).toEqual(["N1", "L2", "A1", "A2", "L1"]);
    expect(numbers(await find({ sort: "issueDate", order: "asc" }))).toEqual(["A1", "A2", "L1", "L2", "N1"]);
    expect(numbers(await find({ sort: "confidence", order: "asc", status: "NEEDS_REVIEW,CERTIFIED,FAILED" }))).toEqual(["L2", "L1", "A2", "A1"]);
  });

  it("pages without repeating rows", async () => {
    const first = await find({ pageSize: "2", sort: "total", order: "asc" });
    const third = await find({ pageSize: "2", page: "3", sort: "total", order: "asc" });
    expect(numbers(first)).toEqual(["L1", "A2"]);
    expect(numbers(third)).toEqual(["N1"]);
    expect(third.total).toBe(5);
  });

  it(`stops counting at ${INVOICE_COUNT_CAP} and says so`, async () => {
    const rows = Array.from({ length: INVOICE_COUNT_CAP + 1 }, (_, index) => invoice(`B${index}`, { status: "REJECTED" }));
    await db.invoice.createMany({ data: rows });
    expect(await find({ status: "REJECTED", pageSize: "1" })).toMatchObject({ total: INVOICE_COUNT_CAP, totalIsCapped: true });
    await db.invoice.deleteMany({ where: { status: "REJECTED" } });
    expect(await find({ status: "REJECTED" })).toMatchObject({ total: 0, totalIsCapped: false });
  });
});
