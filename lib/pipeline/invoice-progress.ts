import type { TInvoiceStatus } from "@/lib/invoices/schemas";

/** Statuses a run never leaves: nothing more happens to the invoice unless an Admin retries a FAILED one. */
export const TERMINAL_STATUSES = ["CERTIFIED", "REJECTED", "FAILED"] as const satisfies readonly TInvoiceStatus[];

const ORDER: Record<Exclude<TInvoiceStatus, "REJECTED" | "FAILED">, number> = {
  RECEIVED: 0,
  EXTRACTING: 1,
  MATCHING: 2,
  VALIDATING: 3,
  NEEDS_REVIEW: 4,
  APPROVED: 5,
  COMMISSIONED: 6,
  CERTIFIED: 7,
};

/** Whether an invoice in `status` has already passed `stage` (the step that leads out of it is done). */
export const isPast = (status: TInvoiceStatus, stage: keyof typeof ORDER): boolean =>
  status !== "REJECTED" && status !== "FAILED" && ORDER[status] > ORDER[stage];

export const isTerminal = (status: TInvoiceStatus): boolean => (TERMINAL_STATUSES as readonly string[]).includes(status);
