import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REVIEW_LOCK_SELECT, toReviewLockState } from "./to-review-lock-state";

export type ThrowLockRefusalOptions = { tx?: DbTransaction; invoiceId: string; userId: string; now: Date };

/**
 * Why a lock could not be taken or used, as the error the operator sees: the invoice is gone, no longer in review,
 * held by someone else (named, so they can ask), or not held by the caller at all.
 */
export const throwLockRefusal = async ({ tx = db, invoiceId, userId, now }: ThrowLockRefusalOptions): Promise<never> => {
  const invoice = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { ...REVIEW_LOCK_SELECT, status: true } });
  if (!invoice) throw new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (invoice.status !== "NEEDS_REVIEW") {
    throw new AppError("CONFLICT", { message: "La factura no está en revisión.", details: { status: invoice.status } });
  }
  const { lockedBy } = toReviewLockState(invoice, now);
  if (lockedBy && lockedBy.userId !== userId) {
    throw new AppError("REVIEW_LOCKED", { message: `La factura está en revisión por ${lockedBy.email}.`, details: { lockedBy } });
  }
  throw new AppError("REVIEW_LOCKED", { message: "Su bloqueo de la factura venció: ábrala de nuevo para seguir revisándola.", details: { lockedBy } });
};
