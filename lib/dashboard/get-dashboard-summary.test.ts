import { createHash } from "node:crypto";
import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { TInvoiceStatus } from "@/lib/invoices/schemas";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getDashboardSummary } from "./get-dashboard-summary";

const createInvoice = async (status: TInvoiceStatus, total: string, uploadedById: string, createdAt = new Date()) =>
  db.invoice.create({
    data: {
      status,
      total,
      createdAt,
      uploadedById,
      sourceType: "XML",
      sha256: createHash("sha256").update(`${status}${total}${createdAt.toISOString()}${Math.random()}`).digest("hex"),
      storageKey: "objects/test",
      originalFilename: "factura.xml",
      mimeType: "application/xml",
      sizeBytes: 1024,
    },
  });

beforeAll(async () => {
  await seedDatabase({ demoPasswords: { ADMIN: "a", OPERATOR: "o", VIEWER: "v" }, catalogSize: 120 });
  const operator = await db.user.findUniqueOrThrow({ where: { email: "operador@cotejo.local" } });
  await createInvoice("NEEDS_REVIEW", "100.00", operator.id);
  await createInvoice("NEEDS_REVIEW", "200.00", operator.id);
  await createInvoice("EXTRACTING", "300.00", operator.id);
  await createInvoice("CERTIFIED", "1234567.89", operator.id);
  await createInvoice("CERTIFIED", "0.11", operator.id, new Date(Date.now() - 3 * 24 * 3600 * 1000));
});

test("counts come from the database, per status, with exact registered value", async () => {
  const summary = await getDashboardSummary();
  expect(summary.totalInvoices).toBe(5);
  expect(summary.invoicesByStatus).toMatchObject({ NEEDS_REVIEW: 2, EXTRACTING: 1, CERTIFIED: 2, FAILED: 0 });
  expect(summary.invoicesToday).toBe(4);
  expect(summary.registeredValue).toBe("1234568.00");
  // The generated catalog marks a few products inactive; the dashboard counts the active ones.
  expect(summary.products).toBe(await db.product.count({ where: { active: true } }));
  expect(summary.products).toBeGreaterThan(100);
  expect(summary.classifications).toBeGreaterThan(summary.eligibleClassifications);
  expect(summary.activeRuleSet).toMatchObject({ version: 1, effectiveFrom: "2026-01-01", feeRateBps: 30 });
});
