import { resolveInvoiceSort } from "./resolve-invoice-sort";
import type { TInvoiceFilters, TPageQuery } from "./schemas";

export type TInvoiceSearchState = Partial<TInvoiceFilters> & Partial<TPageQuery>;

const DEFAULTS = { order: "desc", page: 1, pageSize: 25 } as const;

/**
 * Filters, sort and page as the query string of /facturas and GET /api/invoices (the inverse of
 * ZFindInvoicesQuery): defaults and empty values are left out, so the same view always has the same link.
 */
export const toInvoiceSearchParams = (state: TInvoiceSearchState): Record<string, string> => {
  const entries: [string, string | undefined][] = [
    ["status", state.status && state.status.length > 0 ? state.status.join(",") : undefined],
    ["confidence", state.confidence],
    ["supplier", state.supplier?.trim() || undefined],
    ["issuedFrom", state.issuedFrom],
    ["issuedTo", state.issuedTo],
    ["totalMin", state.totalMin],
    ["totalMax", state.totalMax],
    ["source", state.source],
    ["batch", state.batch],
    ["sort", state.sort === resolveInvoiceSort({ ...state, sort: undefined }) ? undefined : state.sort],
    ["order", state.order === DEFAULTS.order ? undefined : state.order],
    ["page", state.page === undefined || state.page === DEFAULTS.page ? undefined : String(state.page)],
    ["pageSize", state.pageSize === undefined || state.pageSize === DEFAULTS.pageSize ? undefined : String(state.pageSize)],
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""));
};
