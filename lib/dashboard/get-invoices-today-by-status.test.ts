import { beforeAll, expect, test } from "vitest";
import { createFixtureUploader, createInvoiceAt } from "@/lib/testing/create-dashboard-fixtures";
import { getDashboardWindows } from "./dashboard-windows";
import { getConfidenceDistribution } from "./get-confidence-distribution";
import { getInvoicesTodayByStatus } from "./get-invoices-today-by-status";

const windows = getDashboardWindows(new Date("2026-03-10T15:00:00.000Z"));

beforeAll(async () => {
  const { id: uploadedById } = await createFixtureUploader();
  const invoice = (status: Parameters<typeof createInvoiceAt>[0]["status"], createdAt: string, confidence: string | null = null) =>
    createInvoiceAt({ uploadedById, status, createdAt: new Date(createdAt), confidence });
  // Bogotá midnight is 05:00 UTC: the first belongs to today, the second to yesterday.
  await invoice("RECEIVED", "2026-03-10T05:00:00.000Z");
  await invoice("CERTIFIED", "2026-03-10T04:59:59.999Z", "1.0000");
  await invoice("NEEDS_REVIEW", "2026-03-10T14:59:00.000Z", "0.3000");
  await invoice("NEEDS_REVIEW", "2026-03-10T06:00:00.000Z", "0.9999");
  await invoice("FAILED", "2026-03-01T12:00:00.000Z", "0.0999");
  // The 30-day window starts at 2026-02-09 05:00 UTC.
  await invoice("CERTIFIED", "2026-02-09T05:00:00.000Z", "0.5000");
  await invoice("CERTIFIED", "2026-02-09T04:59:59.999Z", "0.7000");
});

test("today's invoices by status start at midnight in Bogotá", async () => {
  const today = await getInvoicesTodayByStatus({ windows });
  expect(today.date).toBe("2026-03-10");
  expect(today.byStatus).toEqual({
    RECEIVED: 1,
    EXTRACTING: 0,
    MATCHING: 0,
    VALIDATING: 0,
    NEEDS_REVIEW: 2,
    APPROVED: 0,
    COMMISSIONED: 0,
    CERTIFIED: 0,
    REJECTED: 0,
    FAILED: 0,
  });
});

test("confidence is counted in tenths over the last 30 days; exactly 1 is in the last tenth", async () => {
  const distribution = await getConfidenceDistribution({ windows });
  expect(distribution.buckets.map((bucket) => bucket.count)).toEqual([1, 0, 0, 1, 0, 1, 0, 0, 0, 2]);
  expect(distribution.buckets[3]).toEqual({ from: 0.3, to: 0.4, count: 1 });
  expect(distribution.withoutConfidence).toBe(1);
});
