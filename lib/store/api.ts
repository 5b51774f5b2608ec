import { createApi, fetchBaseQuery } from "@reduxjs/toolkit/query/react";
import {
  ZProductDetail,
  ZProductSearchPage,
  type TProductDetail,
  type TProductSearchPage,
  type TProductSearchQuery,
} from "@/lib/catalog/schemas";
import { ZDashboardSummary, type TDashboardSummary } from "@/lib/dashboard/schemas";
import { ZInvoicePage, type TFindInvoicesQuery, type TInvoicePage } from "@/lib/invoices/schemas";
import { ZReportResult, type TReportQueryInput, type TReportResult } from "@/lib/reports/schemas";

/** The single RTK Query slice; each domain adds its endpoints here, parsing responses with the shared zod schemas. */
export const cotejoApi = createApi({
  reducerPath: "cotejoApi",
  baseQuery: fetchBaseQuery({ baseUrl: "/api", credentials: "same-origin" }),
  tagTypes: ["Dashboard", "Invoice", "Product", "Report"],
  endpoints: (build) => ({
    getDashboardSummary: build.query<TDashboardSummary, void>({
      query: () => "dashboard/summary",
      transformResponse: (response: unknown) => ZDashboardSummary.parse(response),
      providesTags: ["Dashboard"],
    }),
    getReviewQueue: build.query<TInvoicePage, Pick<TFindInvoicesQuery, "page" | "pageSize">>({
      query: (params) => ({ url: "review/queue", params }),
      transformResponse: (response: unknown) => ZInvoicePage.parse(response),
      providesTags: ["Invoice"],
    }),
    searchProducts: build.query<TProductSearchPage, TProductSearchQuery>({
      // fetchBaseQuery drops undefined params, so absent filters never reach the URL.
      query: (params) => ({ url: "products/search", params }),
      transformResponse: (response: unknown) => ZProductSearchPage.parse(response),
      providesTags: ["Product"],
    }),
    getProduct: build.query<TProductDetail, string>({
      query: (code) => `products/${encodeURIComponent(code)}`,
      transformResponse: (response: unknown) => ZProductDetail.parse(response),
      providesTags: ["Product"],
    }),
    // --- Reports (issue 5) ---
    getReport: build.query<TReportResult, TReportQueryInput>({
      query: (params) => ({ url: "reports", params }),
      transformResponse: (response: unknown) => ZReportResult.parse(response),
      providesTags: ["Report"],
    }),
    // --- end Reports ---
  }),
});

export const { useGetDashboardSummaryQuery, useGetReviewQueueQuery, useSearchProductsQuery, useGetProductQuery } =
  cotejoApi;
export const { useGetReportQuery } = cotejoApi;
