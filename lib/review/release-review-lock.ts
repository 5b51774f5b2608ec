import { z } from "zod";
import { db } from "@/lib/db";

export type ReleaseReviewLockOptions = { invoiceId: string; userId: string };

/** The holder leaves the invoice: its lock is freed at once. Releasing a lock one does not hold changes nothing. */
export const releaseReviewLock = async ({ invoiceId, userId }: ReleaseReviewLockOptions) => {
  if (!z.uuid().safeParse(invoiceId).success) return { released: false };
  const { count } = await db.invoice.updateMany({
    where: { id: invoiceId, reviewLockedById: userId },
    data: { reviewLockedById: null, reviewLockedAt: null, reviewLockHeartbeatAt: null },
  });
  return { released: count > 0 };
};
