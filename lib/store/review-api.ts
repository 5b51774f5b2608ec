import {
  ZAdjacentReviewInvoices,
  ZReviewInvoice,
  ZReviewLockState,
  type TAdjacentReviewInvoices,
  type TCorrectionsBody,
  type TReviewInvoice,
  type TReviewLockState,
} from "@/lib/review/schemas";
import { cotejoApi } from "./api";

const invoicePath = (id: string, rest: string) => `invoices/${encodeURIComponent(id)}/${rest}`;

/** The review screen: the invoice as it is edited, its lock, corrections and J/K neighbours. */
const reviewApi = cotejoApi.enhanceEndpoints({ addTagTypes: ["ReviewInvoice"] }).injectEndpoints({
  endpoints: (build) => ({
    getReviewInvoice: build.query<TReviewInvoice, string>({
      query: (id) => invoicePath(id, "review"),
      transformResponse: (response: unknown) => ZReviewInvoice.parse(response),
      providesTags: (_result, _error, id) => [{ type: "ReviewInvoice", id }],
    }),
    getAdjacentReviewInvoices: build.query<TAdjacentReviewInvoices, string>({
      query: (id) => `review/queue/${encodeURIComponent(id)}/adjacent`,
      transformResponse: (response: unknown) => ZAdjacentReviewInvoices.parse(response),
      providesTags: ["Invoice"],
    }),
    /** Takes the lock, or renews it: the open screen calls it again as its heartbeat. */
    claimReviewLock: build.mutation<TReviewLockState, string>({
      query: (id) => ({ url: invoicePath(id, "lock"), method: "POST" }),
      transformResponse: (response: unknown) => ZReviewLockState.parse(response),
    }),
    releaseReviewLock: build.mutation<{ released: boolean }, string>({
      // keepalive: the release still goes out when it is sent as the tab closes.
      query: (id) => ({ url: invoicePath(id, "lock"), method: "DELETE", keepalive: true }),
      invalidatesTags: ["Invoice"],
    }),
    breakReviewLock: build.mutation<TReviewLockState, string>({
      query: (id) => ({ url: invoicePath(id, "lock/break"), method: "POST" }),
      transformResponse: (response: unknown) => ZReviewLockState.parse(response),
      invalidatesTags: (_result, _error, id) => ["Invoice", { type: "ReviewInvoice", id }],
    }),
    saveCorrections: build.mutation<TReviewInvoice, { id: string; corrections: TCorrectionsBody }>({
      query: ({ id, corrections }) => ({ url: invoicePath(id, "corrections"), method: "PATCH", body: corrections }),
      transformResponse: (response: unknown) => ZReviewInvoice.parse(response),
      // The answer is the invoice as saved: it replaces the cached one without another request.
      onQueryStarted: async ({ id }, { dispatch, queryFulfilled }) => {
        const { data } = await queryFulfilled.catch(() => ({ data: null }));
        if (data) void dispatch(reviewApi.util.upsertQueryData("getReviewInvoice", id, data));
      },
    }),
  }),
});

export const {
  useGetReviewInvoiceQuery,
  useGetAdjacentReviewInvoicesQuery,
  useClaimReviewLockMutation,
  useReleaseReviewLockMutation,
  useBreakReviewLockMutation,
  useSaveCorrectionsMutation,
} = reviewApi;
