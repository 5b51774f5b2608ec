import { toInvoiceSearchParams, type TInvoiceSearchState } from "@/lib/invoices/invoice-search-params";
import {
  ZBulkInvoiceResult,
  ZInvoicePage,
  ZSavedView,
  ZSavedViewList,
  type TBulkInvoiceBody,
  type TBulkInvoiceResult,
  type TCreateSavedViewBody,
  type TInvoicePage,
  type TSavedView,
  type TSavedViewList,
} from "@/lib/invoices/schemas";
import { cotejoApi } from "./api";

/** The Facturas inbox (issue 7): the filtered list, the user's saved views and the bulk actions. */
const inboxApi = cotejoApi.enhanceEndpoints({ addTagTypes: ["SavedView", "Pipeline"] }).injectEndpoints({
  endpoints: (build) => ({
    getInvoices: build.query<TInvoicePage, TInvoiceSearchState>({
      // The same serializer writes the page's URL, so the API sees exactly the query the address bar shows.
      query: (state) => ({ url: "invoices", params: toInvoiceSearchParams(state) }),
      transformResponse: (response: unknown) => ZInvoicePage.parse(response),
      providesTags: ["Invoice"],
    }),
    getSavedViews: build.query<TSavedViewList, void>({
      query: () => "invoices/views",
      transformResponse: (response: unknown) => ZSavedViewList.parse(response),
      providesTags: ["SavedView"],
    }),
    createSavedView: build.mutation<TSavedView, TCreateSavedViewBody>({
      query: (body) => ({ url: "invoices/views", method: "POST", body }),
      transformResponse: (response: unknown) => ZSavedView.parse(response),
      invalidatesTags: ["SavedView"],
    }),
    deleteSavedView: build.mutation<{ id: string }, string>({
      query: (id) => ({ url: `invoices/views/${encodeURIComponent(id)}`, method: "DELETE" }),
      invalidatesTags: ["SavedView"],
    }),
    runBulkInvoiceAction: build.mutation<TBulkInvoiceResult, TBulkInvoiceBody>({
      query: (body) => ({ url: "invoices/bulk", method: "POST", body }),
      transformResponse: (response: unknown) => ZBulkInvoiceResult.parse(response),
      invalidatesTags: ["Invoice", "Dashboard", "Pipeline"],
    }),
  }),
});

export const {
  useGetInvoicesQuery,
  useGetSavedViewsQuery,
  useCreateSavedViewMutation,
  useDeleteSavedViewMutation,
  useRunBulkInvoiceActionMutation,
} = inboxApi;
