import type { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_LOCK_TTL_SECONDS, type TReviewLockState } from "./schemas";

export const REVIEW_LOCK_SELECT = {
  id: true,
  reviewLockedById: true,
  reviewLockedAt: true,
  reviewLockHeartbeatAt: true,
  reviewLockedBy: { select: { email: true } },
} as const satisfies Prisma.InvoiceSelect;

type LockRow = Prisma.InvoiceGetPayload<{ select: typeof REVIEW_LOCK_SELECT }>;

/** The instant before which a heartbeat no longer keeps a lock. */
export const reviewLockStaleBefore = (now: Date) => new Date(now.getTime() - REVIEW_LOCK_TTL_SECONDS * 1000);

/** Pure: who holds an invoice's review lock at `now`; a lock past its time to live is nobody's. */
export const toReviewLockState = (row: LockRow, now: Date): TReviewLockState => {
  const { reviewLockedById, reviewLockedAt, reviewLockHeartbeatAt, reviewLockedBy } = row;
  const isLive = reviewLockedById && reviewLockedAt && reviewLockHeartbeatAt && reviewLockedBy && reviewLockHeartbeatAt >= reviewLockStaleBefore(now);
  return {
    invoiceId: row.id,
    lockedBy: isLive
      ? {
          userId: reviewLockedById,
          email: reviewLockedBy.email,
          lockedAt: reviewLockedAt.toISOString(),
          expiresAt: new Date(reviewLockHeartbeatAt.getTime() + REVIEW_LOCK_TTL_SECONDS * 1000).toISOString(),
        }
      : null,
  };
};
