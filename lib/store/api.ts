import { createApi, fetchBaseQuery } from "@reduxjs/toolkit/query/react";
import { ZDashboardSummary, type TDashboardSummary } from "@/lib/dashboard/schemas";
import { ZInvoicePage, type TFindInvoicesQuery, type TInvoicePage } from "@/lib/invoices/schemas";

/** The single RTK Query slice; each domain adds its endpoints here, parsing responses with the shared zod schemas. */
export const cotejoApi = createApi({
  reducerPath: "cotejoApi",
  baseQuery: fetchBaseQuery({ baseUrl: "/api", credentials: "same-origin" }),
  tagTypes: ["Dashboard", "Invoice"],
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
  }),
});

export const { useGetDashboardSummaryQuery, useGetReviewQueueQuery } = cotejoApi;
