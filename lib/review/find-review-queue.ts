import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TPageQuery } from "@/lib/invoices/schemas";
import { INVOICE_LIST_SELECT, toInvoiceListItem } from "@/lib/invoices/to-invoice-list-item";
import { ZReviewQueuePage, type TReviewQueuePage } from "./schemas";
import { REVIEW_LOCK_SELECT, toReviewLockState } from "./to-review-lock-state";

/** Queue order, also the order of J/K on the review screen; the id breaks ties so that every position is unique. */
export const REVIEW_QUEUE_ORDER = [{ urgent: "desc" }, { createdAt: "asc" }, { id: "asc" }] as const satisfies Prisma.InvoiceOrderByWithRelationInput[];

export type FindReviewQueueOptions = TPageQuery & { now?: Date };

/** Invoices waiting for an operator, urgent first and then oldest first (review_queue_idx), with who is on each. */
export const findReviewQueue = async ({ page, pageSize, now = new Date() }: FindReviewQueueOptions): Promise<TReviewQueuePage> => {
  const where = { status: "NEEDS_REVIEW" } as const;
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: [...REVIEW_QUEUE_ORDER],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { ...INVOICE_LIST_SELECT, ...REVIEW_LOCK_SELECT, urgent: true },
    }),
    db.invoice.count({ where }),
  ]);
  return ZReviewQueuePage.parse({
    items: rows.map((row) => ({ ...toInvoiceListItem(row), urgent: row.urgent, lockedBy: toReviewLockState(row, now).lockedBy })),
    total,
    page,
    pageSize,
  });
};
