import { ZInvoiceDetail, type TInvoiceDetail } from "@/lib/invoices/invoice-detail-schemas";
import { ZMatchLinesResult, type TMatchLinesRequest, type TMatchLinesResult } from "@/lib/matching/schemas";
import { cotejoApi } from "./api";

/** The invoice page and the document viewer: one cached detail per invoice. */
export const invoiceDetailApi = cotejoApi.injectEndpoints({
  endpoints: (build) => ({
    getInvoiceDetail: build.query<TInvoiceDetail, string>({
      query: (id) => `invoices/${encodeURIComponent(id)}/detail`,
      transformResponse: (response: unknown) => ZInvoiceDetail.parse(response),
      providesTags: (_result, _error, id) => [{ type: "Invoice", id }],
    }),
    /** Catalog candidates for lines, recomputed on demand (POST, but it changes nothing: a query, cached). */
    matchInvoiceLines: build.query<TMatchLinesResult, TMatchLinesRequest>({
      query: (body) => ({ url: "products/match", method: "POST", body }),
      transformResponse: (response: unknown) => ZMatchLinesResult.parse(response),
      providesTags: ["Product"],
    }),
  }),
});

export const { useGetInvoiceDetailQuery, useMatchInvoiceLinesQuery } = invoiceDetailApi;
