import type { DbTransaction } from "@/lib/db";
import { throwLockRefusal } from "./throw-lock-refusal";
import { reviewLockStaleBefore } from "./to-review-lock-state";

export type HoldReviewLockOptions = { tx: DbTransaction; invoiceId: string; userId: string; now: Date };

/**
 * Inside the caller's transaction: proves the caller holds the invoice's live review lock while it is in review,
 * and renews it (a save is activity). The UPDATE row-locks the invoice until the transaction ends, so saves and
 * decisions on one invoice run one at a time, and an Admin's break waits for them.
 */
export const holdReviewLock = async ({ tx, invoiceId, userId, now }: HoldReviewLockOptions) => {
  const { count } = await tx.invoice.updateMany({
    where: { id: invoiceId, status: "NEEDS_REVIEW", reviewLockedById: userId, reviewLockHeartbeatAt: { gte: reviewLockStaleBefore(now) } },
    data: { reviewLockHeartbeatAt: now },
  });
  if (count === 0) await throwLockRefusal({ tx, invoiceId, userId, now });
};
