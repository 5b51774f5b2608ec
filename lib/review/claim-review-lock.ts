import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TReviewLockState } from "./schemas";
import { throwLockRefusal } from "./throw-lock-refusal";
import { REVIEW_LOCK_SELECT, reviewLockStaleBefore, toReviewLockState } from "./to-review-lock-state";

export type ClaimReviewLockOptions = { invoiceId: string; user: { id: string; email: string }; now?: Date };

/**
 * Takes (or renews, for its holder) the review lock of an invoice in NEEDS_REVIEW. Each step is one conditional
 * UPDATE … RETURNING, so two operators claiming at once cannot both win: the second statement waits for the first
 * and then finds the lock taken. A lock whose heartbeat is older than its time to live is free to take.
 */
export const claimReviewLock = async ({ invoiceId, user, now = new Date() }: ClaimReviewLockOptions): Promise<TReviewLockState> => {
  if (!z.uuid().safeParse(invoiceId).success) throw new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  const staleBefore = reviewLockStaleBefore(now);
  // A renewal keeps the time the lock was taken; only a new lock starts the clock.
  const [renewed] = await db.invoice.updateManyAndReturn({
    where: { id: invoiceId, status: "NEEDS_REVIEW", reviewLockedById: user.id, reviewLockHeartbeatAt: { gte: staleBefore } },
    data: { reviewLockHeartbeatAt: now },
    select: REVIEW_LOCK_SELECT,
  });
  if (renewed) return toReviewLockState(renewed, now);
  const [claimed] = await db.invoice.updateManyAndReturn({
    where: {
      id: invoiceId,
      status: "NEEDS_REVIEW",
      OR: [{ reviewLockedById: null }, { reviewLockedById: user.id }, { reviewLockHeartbeatAt: null }, { reviewLockHeartbeatAt: { lt: staleBefore } }],
    },
    data: { reviewLockedById: user.id, reviewLockedAt: now, reviewLockHeartbeatAt: now },
    select: REVIEW_LOCK_SELECT,
  });
  if (claimed) return toReviewLockState(claimed, now);
  return throwLockRefusal({ invoiceId, userId: user.id, now });
};
