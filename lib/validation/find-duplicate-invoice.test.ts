import { createHash } from "node:crypto";
import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { findDuplicateInvoice } from "./find-duplicate-invoice";

let uploaderId = "";
let supplierId = "";

const createInvoice = (number: string, status: "RECEIVED" | "REJECTED" = "RECEIVED") =>
  db.invoice.create({
    data: {
      number,
      status,
      supplierId,
      uploadedById: uploaderId,
      sourceType: "PDF",
      sha256: createHash("sha256").update(`${number}-${status}-${Math.random()}`).digest("hex"),
      storageKey: "test",
      originalFilename: "f.pdf",
      mimeType: "application/pdf",
      sizeBytes: 10,
    },
  });

beforeAll(async () => {
  uploaderId = (await db.user.create({ data: { email: "op@test.co", name: "Op", role: "OPERATOR" } })).id;
  supplierId = (await db.organization.create({ data: { nit: "900373115", dv: "3", name: "Coop" } })).id;
});

test("finds another live invoice of the same supplier and number, never the invoice itself", async () => {
  const first = await createInvoice("FE-1");
  const second = await createInvoice("FE-1");
  expect(await findDuplicateInvoice({ supplierNit: "900373115", number: "FE-1", excludeInvoiceId: second.id })).toBe(first.id);
  expect(await findDuplicateInvoice({ supplierNit: "900373115", number: "FE-2", excludeInvoiceId: second.id })).toBeNull();
  expect(await findDuplicateInvoice({ supplierNit: "800197268", number: "FE-1", excludeInvoiceId: second.id })).toBeNull();
});

test("rejected invoices do not count as duplicates", async () => {
  await createInvoice("FE-9", "REJECTED");
  const live = await createInvoice("FE-9");
  expect(await findDuplicateInvoice({ supplierNit: "900373115", number: "FE-9", excludeInvoiceId: live.id })).toBeNull();
});
