import { beforeAll, expect, test } from "vitest";
import { recordCorrectionAt, recordReviewCompletedAt } from "@/lib/testing/create-dashboard-fixtures";
import { getDashboardWindows } from "./dashboard-windows";
import { getCorrectionDrift } from "./get-correction-drift";

const windows = getDashboardWindows(new Date("2026-03-10T15:00:00.000Z"));

const correct = (invoiceId: string, at: string, field = "header.total") => recordCorrectionAt({ invoiceId, field, at: new Date(at) });
const review = (invoiceId: string, at: string) => recordReviewCompletedAt({ invoiceId, at: new Date(at) });

beforeAll(async () => {
  // Today in Bogotá (from 05:00 UTC): two invoices reviewed, three values corrected.
  await correct("inv-a", "2026-03-10T05:00:00.000Z");
  await correct("inv-a", "2026-03-10T05:01:00.000Z", "lines.1.quantity");
  await review("inv-a", "2026-03-10T05:02:00.000Z");
  await correct("inv-b", "2026-03-10T14:00:00.000Z");
  await review("inv-b", "2026-03-10T14:05:00.000Z");
  // 2026-03-09 in Bogotá, though 2026-03-10 in UTC: one reviewed without corrections, reviewed twice (counted once).
  await review("inv-c", "2026-03-10T04:59:59.999Z");
  await review("inv-c", "2026-03-10T04:00:00.000Z");
  // The first day of the window (2026-02-09 in Bogotá): a correction with no completed review.
  await correct("inv-d", "2026-02-09T05:00:00.000Z");
  // Before the window.
  await correct("inv-e", "2026-02-09T04:59:59.999Z");
  await review("inv-e", "2026-02-09T04:59:59.999Z");
});

test("corrections per reviewed invoice, per Bogotá day, every day of the last 30 listed", async () => {
  const drift = await getCorrectionDrift({ windows });
  expect(drift).toHaveLength(30);
  expect(drift[0]).toEqual({ date: "2026-02-09", reviewed: 0, corrections: 1, correctionsPerInvoice: null });
  expect(drift.at(-2)).toEqual({ date: "2026-03-09", reviewed: 1, corrections: 0, correctionsPerInvoice: 0 });
  expect(drift.at(-1)).toEqual({ date: "2026-03-10", reviewed: 2, corrections: 3, correctionsPerInvoice: 1.5 });
  expect(drift.slice(1, -2).every((day) => day.reviewed === 0 && day.corrections === 0 && day.correctionsPerInvoice === null)).toBe(true);
});
