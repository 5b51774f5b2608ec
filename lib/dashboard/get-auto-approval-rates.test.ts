import { beforeAll, expect, test } from "vitest";
import type { TInvoiceStatus } from "@/lib/invoices/schemas";
import { createFixtureUploader, createInvoiceAt, recordStatusChangeAt } from "@/lib/testing/create-dashboard-fixtures";
import { getDashboardWindows } from "./dashboard-windows";
import { getAutoApprovalRates } from "./get-auto-approval-rates";
import { getProcessingTimes } from "./get-processing-times";

const windows = getDashboardWindows(new Date("2026-03-10T15:00:00.000Z"));

beforeAll(async () => {
  const { id: uploadedById } = await createFixtureUploader();
  const change = async (from: TInvoiceStatus, to: TInvoiceStatus, at: string) => {
    const invoice = await createInvoiceAt({ uploadedById, status: to, createdAt: new Date("2026-03-01T12:00:00.000Z") });
    await recordStatusChangeAt({ invoiceId: invoice.id, from, to, at: new Date(at) });
  };
  // Today (from 2026-03-10 05:00 UTC): one automatic approval, one approval and one rejection after review.
  await change("VALIDATING", "APPROVED", "2026-03-10T05:00:00.000Z");
  await change("NEEDS_REVIEW", "APPROVED", "2026-03-10T12:00:00.000Z");
  await change("NEEDS_REVIEW", "REJECTED", "2026-03-10T14:00:00.000Z");
  // Earlier in the last seven days (from 2026-03-04 05:00 UTC): two more automatic approvals.
  await change("VALIDATING", "APPROVED", "2026-03-10T04:59:59.999Z");
  await change("VALIDATING", "APPROVED", "2026-03-04T05:00:00.000Z");
  // Outside the window, and not decisions.
  await change("VALIDATING", "APPROVED", "2026-03-04T04:59:59.999Z");
  await change("VALIDATING", "NEEDS_REVIEW", "2026-03-10T13:00:00.000Z");
  await change("APPROVED", "COMMISSIONED", "2026-03-10T13:00:00.000Z");

  // Processing times: invoices uploaded, sent to review after 30 s and 90 s, certified after 2 h and 1 h.
  const timed = async (createdAt: string, steps: [TInvoiceStatus, TInvoiceStatus, number][]) => {
    const invoice = await createInvoiceAt({ uploadedById, status: "CERTIFIED", createdAt: new Date(createdAt) });
    for (const [from, to, afterSeconds] of steps) {
      await recordStatusChangeAt({ invoiceId: invoice.id, from, to, at: new Date(invoice.createdAt.getTime() + afterSeconds * 1000) });
    }
  };
  await timed("2026-03-05T10:00:00.000Z", [["VALIDATING", "NEEDS_REVIEW", 30], ["COMMISSIONED", "CERTIFIED", 7200]]);
  await timed("2026-03-06T00:00:00.000Z", [["VALIDATING", "NEEDS_REVIEW", 90], ["COMMISSIONED", "CERTIFIED", 3600]]);
  // Certified before the window: left out.
  await timed("2026-03-04T03:00:00.000Z", [["COMMISSIONED", "CERTIFIED", 3600 - 0.001]]);
});

test("auto-approval rate: approvals straight from validation over all decisions, today and over seven days", async () => {
  expect(await getAutoApprovalRates({ windows })).toEqual({
    today: { autoApproved: 1, decided: 3, rate: 1 / 3 },
    lastSevenDays: { autoApproved: 3, decided: 5, rate: 0.6 },
  });
});

test("processing time: mean time from upload to review and to certificate over seven days", async () => {
  // The VALIDATING → NEEDS_REVIEW decision fixture above also reached review, 2026-03-01 12:00 → 2026-03-10 13:00.
  const extraReview = (Date.parse("2026-03-10T13:00:00.000Z") - Date.parse("2026-03-01T12:00:00.000Z")) / 1000;
  expect(await getProcessingTimes({ windows })).toEqual({
    toCertified: { count: 2, averageSeconds: 5400 },
    toReview: { count: 3, averageSeconds: (30 + 90 + extraReview) / 3 },
  });
});
