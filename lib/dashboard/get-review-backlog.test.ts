import { beforeAll, expect, test } from "vitest";
import { createFixtureUploader, createInvoiceAt, recordStatusChangeAt } from "@/lib/testing/create-dashboard-fixtures";
import { getDashboardWindows } from "./dashboard-windows";
import { getReviewBacklog } from "./get-review-backlog";

const NOW = new Date("2026-03-10T15:00:00.000Z");
const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

beforeAll(async () => {
  const { id: uploadedById } = await createFixtureUploader();
  const waitingSince = async (...entries: Date[]) => {
    const invoice = await createInvoiceAt({ uploadedById, status: "NEEDS_REVIEW", createdAt: new Date("2026-03-01T12:00:00.000Z") });
    for (const at of entries) await recordStatusChangeAt({ invoiceId: invoice.id, from: "VALIDATING", to: "NEEDS_REVIEW", at });
  };
  await waitingSince(ago(HOUR - 1)); // < 1 h
  await waitingSince(ago(HOUR)); // exactly 1 h: 1–4 h
  await waitingSince(ago(4 * HOUR - 1)); // 1–4 h
  await waitingSince(ago(4 * HOUR)); // exactly 4 h: 4–24 h
  await waitingSince(ago(24 * HOUR - 1)); // 4–24 h
  await waitingSince(ago(24 * HOUR)); // exactly 24 h: > 24 h
  // Sent back to review after a retry: the latest entry counts, so it is < 1 h.
  await waitingSince(ago(72 * HOUR), ago(30 * 60 * 1000));
  await waitingSince(new Date("2026-03-05T15:00:00.000Z")); // the oldest, 5 days
  // No audit entry (e.g. loaded by hand): waiting since upload, 2 h ago.
  await createInvoiceAt({ uploadedById, status: "NEEDS_REVIEW", createdAt: ago(2 * HOUR) });
  // Already reviewed: not waiting any more.
  const reviewed = await createInvoiceAt({ uploadedById, status: "APPROVED", createdAt: new Date("2026-03-01T12:00:00.000Z") });
  await recordStatusChangeAt({ invoiceId: reviewed.id, from: "VALIDATING", to: "NEEDS_REVIEW", at: new Date("2026-03-02T12:00:00.000Z") });
});

test("the backlog is bucketed by time in review, each bucket including its lower edge", async () => {
  const backlog = await getReviewBacklog({ windows: getDashboardWindows(NOW) });
  expect(backlog).toEqual({
    count: 9,
    oldestSince: "2026-03-05T15:00:00.000Z",
    oldestAgeSeconds: 5 * 24 * 3600,
    buckets: { underOneHour: 2, oneToFourHours: 3, fourToTwentyFourHours: 2, overTwentyFourHours: 2 },
  });
});
