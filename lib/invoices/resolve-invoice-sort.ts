import type { TInvoiceFilters, TInvoiceSortField } from "./schemas";

/**
 * The sort field when the query names none: newest upload first, except under an issue-date range, where it is the
 * issue date. Issue and upload dates move together, so walking the upload-time index from the newest upload to
 * reach an old issue month reads nearly the whole table (PostgreSQL costs a LIMIT as if matches were spread
 * evenly); the issue-date index instead reads the range in order.
 */
export const resolveInvoiceSort = ({ sort, issuedFrom, issuedTo }: Pick<TInvoiceFilters, "sort" | "issuedFrom" | "issuedTo">): TInvoiceSortField =>
  sort ?? (issuedFrom || issuedTo ? "issueDate" : "createdAt");
