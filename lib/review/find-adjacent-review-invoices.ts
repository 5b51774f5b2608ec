import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { REVIEW_QUEUE_ORDER } from "./find-review-queue";
import type { TAdjacentReviewInvoices } from "./schemas";

export type FindAdjacentReviewInvoicesOptions = { invoiceId: string };

type QueuePosition = { urgent: boolean; createdAt: Date; id: string };

/** Invoices in review strictly after a position in queue order (urgent desc, createdAt asc, id asc). */
const after = ({ urgent, createdAt, id }: QueuePosition): Prisma.InvoiceWhereInput => ({
  OR: [
    ...(urgent ? [{ urgent: false }] : []),
    { urgent, createdAt: { gt: createdAt } },
    { urgent, createdAt, id: { gt: id } },
  ],
});

/** …and strictly before it. */
const before = ({ urgent, createdAt, id }: QueuePosition): Prisma.InvoiceWhereInput => ({
  OR: [
    ...(urgent ? [] : [{ urgent: true }]),
    { urgent, createdAt: { lt: createdAt } },
    { urgent, createdAt, id: { lt: id } },
  ],
});

const reversed = REVIEW_QUEUE_ORDER.map((order) => Object.fromEntries(Object.entries(order).map(([key, direction]) => [key, direction === "asc" ? "desc" : "asc"])));

/**
 * The invoices on either side of one in the review queue, for J/K. The position is the invoice's own even when it
 * has just left review (approved a moment ago), so the operator moves on from where they were.
 */
export const findAdjacentReviewInvoices = async ({ invoiceId }: FindAdjacentReviewInvoicesOptions): Promise<TAdjacentReviewInvoices> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(invoiceId).success) throw notFound;
  const position = await db.invoice.findUnique({ where: { id: invoiceId }, select: { urgent: true, createdAt: true, id: true } });
  if (!position) throw notFound;
  const [previous, next] = await Promise.all([
    db.invoice.findFirst({ where: { status: "NEEDS_REVIEW", ...before(position) }, orderBy: reversed, select: { id: true } }),
    db.invoice.findFirst({ where: { status: "NEEDS_REVIEW", ...after(position) }, orderBy: [...REVIEW_QUEUE_ORDER], select: { id: true } }),
  ]);
  return { previousId: previous?.id ?? null, nextId: next?.id ?? null };
};
