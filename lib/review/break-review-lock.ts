import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TReviewLockState } from "./schemas";
import { REVIEW_LOCK_SELECT, toReviewLockState } from "./to-review-lock-state";

export type BreakReviewLockOptions = { invoiceId: string; admin: { id: string; email: string }; now?: Date };

/**
 * An Admin frees an invoice someone else is holding (they went home with it open). Audited with who held it; their
 * next save or heartbeat is refused, so nothing they type afterwards lands on the invoice.
 */
export const breakReviewLock = async ({ invoiceId, admin, now = new Date() }: BreakReviewLockOptions): Promise<TReviewLockState> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  return db.$transaction(async (tx) => {
    const invoice = await tx.invoice.findUnique({ where: { id: invoiceId }, select: REVIEW_LOCK_SELECT });
    if (!invoice) throw notFound;
    if (!invoice.reviewLockedById) return toReviewLockState(invoice, now);
    const { count } = await tx.invoice.updateMany({
      where: { id: invoiceId, reviewLockedById: invoice.reviewLockedById },
      data: { reviewLockedById: null, reviewLockedAt: null, reviewLockHeartbeatAt: null },
    });
    if (count > 0) {
      await recordAuditEvent({
        tx,
        actor: admin,
        action: "invoice.review-lock-broken",
        entityType: "Invoice",
        entityId: invoiceId,
        before: { lockedById: invoice.reviewLockedById, lockedByEmail: invoice.reviewLockedBy?.email ?? null },
      });
    }
    return { invoiceId, lockedBy: null };
  });
};
