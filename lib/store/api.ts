import { createApi, fetchBaseQuery } from "@reduxjs/toolkit/query/react";
import {
  ZProductDetail,
  ZProductSearchPage,
  type TProductDetail,
  type TProductSearchPage,
  type TProductSearchQuery,
} from "@/lib/catalog/schemas";
import {
  ZCertificatePage,
  ZCertificateSummary,
  ZEmailCertificateResult,
  ZReissueCertificateResult,
  ZVerifyUploadResult,
  type TCertificatePage,
  type TCertificateSummary,
  type TEmailCertificateBody,
  type TEmailCertificateResult,
  type TReissueCertificateResult,
  type TVerifyUploadResult,
} from "@/lib/certificates/schemas";
import { ZDashboardSummary, type TDashboardSummary } from "@/lib/dashboard/schemas";
import type { TFindInvoicesQuery } from "@/lib/invoices/schemas";
import {
  ZRuleSetDetail,
  ZRuleSetList,
  ZRuleSetPreview,
  type TPublishRuleSetRequest,
  type TRuleSetDetail,
  type TRuleSetPreview,
  type TRuleSetSummary,
  type TUpdateDraftRuleSetRequest,
} from "@/lib/commissions/rule-sets/schemas";
import { ZReviewQueuePage, type TReviewQueuePage } from "@/lib/review/schemas";
import { ZReportResult, type TReportQueryInput, type TReportResult } from "@/lib/reports/schemas";
import { ZUserListItem, type TSetUserActiveBody, type TUserListItem } from "@/lib/users/schemas";
import {
  ZBatchProgress,
  ZInvoiceActionResult,
  ZInvoiceTimeline,
  type TBatchProgress,
  type TCompleteReviewBody,
  type TCreateBatchBody,
  type TInvoiceActionResult,
  type TInvoiceTimeline,
} from "@/lib/pipeline/schemas";

/** The single RTK Query slice; each domain adds its endpoints here, parsing responses with the shared zod schemas. */
export const cotejoApi = createApi({
  reducerPath: "cotejoApi",
  baseQuery: fetchBaseQuery({ baseUrl: "/api", credentials: "same-origin" }),
  tagTypes: ["Dashboard", "Invoice", "Product", "Certificate", "Report"],
  endpoints: (build) => ({
    getDashboardSummary: build.query<TDashboardSummary, void>({
      query: () => "dashboard/summary",
      transformResponse: (response: unknown) => ZDashboardSummary.parse(response),
      providesTags: ["Dashboard"],
    }),
    getReviewQueue: build.query<TReviewQueuePage, Pick<TFindInvoicesQuery, "page" | "pageSize">>({
      query: (params) => ({ url: "review/queue", params }),
      transformResponse: (response: unknown) => ZReviewQueuePage.parse(response),
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

    // ── Certificates (issue 5) ──────────────────────────────────────────────────────────────────────────────────
    getCertificates: build.query<TCertificatePage, { page: number; pageSize: number }>({
      query: (params) => ({ url: "certificates", params }),
      transformResponse: (response: unknown) => ZCertificatePage.parse(response),
      providesTags: ["Certificate"],
    }),
    emailCertificate: build.mutation<TEmailCertificateResult, { id: string } & TEmailCertificateBody>({
      query: ({ id, ...body }) => ({ url: `certificates/${encodeURIComponent(id)}/email`, method: "POST", body }),
      transformResponse: (response: unknown) => ZEmailCertificateResult.parse(response),
    }),
    voidCertificate: build.mutation<TCertificateSummary, { id: string; reason: string }>({
      query: ({ id, reason }) => ({ url: `certificates/${encodeURIComponent(id)}/void`, method: "POST", body: { reason } }),
      transformResponse: (response: unknown) => ZCertificateSummary.parse(response),
      invalidatesTags: ["Certificate", "Invoice", "Dashboard"],
    }),
    reissueCertificate: build.mutation<TReissueCertificateResult, { id: string; reason: string }>({
      query: ({ id, reason }) => ({ url: `certificates/${encodeURIComponent(id)}/reissue`, method: "POST", body: { reason } }),
      transformResponse: (response: unknown) => ZReissueCertificateResult.parse(response),
      invalidatesTags: ["Certificate", "Invoice", "Dashboard"],
    }),
    verifyCertificateFile: build.mutation<TVerifyUploadResult, { code: string; file: Blob }>({
      query: ({ code, file }) => ({
        url: `verify/${encodeURIComponent(code)}`,
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/pdf" },
      }),
      transformResponse: (response: unknown) => ZVerifyUploadResult.parse(response),
    }),
    // ── end certificates ────────────────────────────────────────────────────────────────────────────────────────
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

// ---- Commission rule sets (Administración → Reglas) ----
// Injected into the same slice, with its own tag, so this block merges apart from the other domains' endpoints.

const ruleSetsApi = cotejoApi.enhanceEndpoints({ addTagTypes: ["RuleSet"] }).injectEndpoints({
  endpoints: (build) => ({
    listRuleSets: build.query<TRuleSetSummary[], void>({
      query: () => "commissions/rule-sets",
      transformResponse: (response: unknown) => ZRuleSetList.parse(response),
      providesTags: ["RuleSet"],
    }),
    getRuleSet: build.query<TRuleSetDetail, string>({
      query: (id) => `commissions/rule-sets/${encodeURIComponent(id)}`,
      transformResponse: (response: unknown) => ZRuleSetDetail.parse(response),
      providesTags: (_result, _error, id) => [{ type: "RuleSet", id }],
    }),
    createDraftRuleSet: build.mutation<TRuleSetDetail, void>({
      query: () => ({ url: "commissions/rule-sets", method: "POST" }),
      transformResponse: (response: unknown) => ZRuleSetDetail.parse(response),
      invalidatesTags: ["RuleSet"],
    }),
    updateDraftRuleSet: build.mutation<TRuleSetDetail, { id: string } & TUpdateDraftRuleSetRequest>({
      query: ({ id, ...body }) => ({ url: `commissions/rule-sets/${encodeURIComponent(id)}`, method: "PUT", body }),
      transformResponse: (response: unknown) => ZRuleSetDetail.parse(response),
      invalidatesTags: (_result, _error, { id }) => ["RuleSet", { type: "RuleSet", id }],
    }),
    deleteDraftRuleSet: build.mutation<{ id: string; version: number }, string>({
      query: (id) => ({ url: `commissions/rule-sets/${encodeURIComponent(id)}`, method: "DELETE" }),
      invalidatesTags: ["RuleSet"],
    }),
    previewRuleSet: build.mutation<TRuleSetPreview, string>({
      query: (id) => ({ url: `commissions/rule-sets/${encodeURIComponent(id)}/preview`, method: "POST" }),
      transformResponse: (response: unknown) => ZRuleSetPreview.parse(response),
    }),
    publishRuleSet: build.mutation<TRuleSetDetail, { id: string } & TPublishRuleSetRequest>({
      query: ({ id, ...body }) => ({ url: `commissions/rule-sets/${encodeURIComponent(id)}/publish`, method: "POST", body }),
      transformResponse: (response: unknown) => ZRuleSetDetail.parse(response),
      invalidatesTags: (_result, _error, { id }) => ["RuleSet", { type: "RuleSet", id }],
    }),
  }),
});

export const {
  useListRuleSetsQuery,
  useGetRuleSetQuery,
  useCreateDraftRuleSetMutation,
  useUpdateDraftRuleSetMutation,
  useDeleteDraftRuleSetMutation,
  usePreviewRuleSetMutation,
  usePublishRuleSetMutation,
} = ruleSetsApi;

export const {
  useGetCertificatesQuery,
  useEmailCertificateMutation,
  useVoidCertificateMutation,
  useReissueCertificateMutation,
  useVerifyCertificateFileMutation,
} = cotejoApi;
export const { useGetReportQuery } = cotejoApi;

// ---- Invoice pipeline (issue 6): timeline, retry, urgency, batches, review decisions ----

const pipelineApi = cotejoApi.enhanceEndpoints({ addTagTypes: ["Pipeline"] }).injectEndpoints({
  endpoints: (build) => ({
    getInvoiceTimeline: build.query<TInvoiceTimeline, string>({
      query: (id) => `invoices/${encodeURIComponent(id)}/timeline`,
      transformResponse: (response: unknown) => ZInvoiceTimeline.parse(response),
      providesTags: (_result, _error, id) => [{ type: "Pipeline", id }],
    }),
    retryInvoice: build.mutation<TInvoiceActionResult, string>({
      query: (id) => ({ url: `invoices/${encodeURIComponent(id)}/retry`, method: "POST" }),
      transformResponse: (response: unknown) => ZInvoiceActionResult.parse(response),
      invalidatesTags: (_result, _error, id) => ["Invoice", "Dashboard", { type: "Pipeline", id }],
    }),
    markInvoiceUrgent: build.mutation<TInvoiceActionResult, string>({
      query: (id) => ({ url: `invoices/${encodeURIComponent(id)}/urgent`, method: "POST" }),
      transformResponse: (response: unknown) => ZInvoiceActionResult.parse(response),
      invalidatesTags: (_result, _error, id) => ["Invoice", { type: "Pipeline", id }],
    }),
    completeInvoiceReview: build.mutation<{ invoiceId: string; decision: string }, { id: string } & TCompleteReviewBody>({
      query: ({ id, ...body }) => ({ url: `invoices/${encodeURIComponent(id)}/review`, method: "POST", body }),
      invalidatesTags: (_result, _error, { id }) => ["Invoice", "Dashboard", { type: "Pipeline", id }],
    }),
    createInvoiceBatch: build.mutation<TBatchProgress, TCreateBatchBody>({
      query: (body) => ({ url: "invoices/batch", method: "POST", body }),
      transformResponse: (response: unknown) => ZBatchProgress.parse(response),
      invalidatesTags: ["Invoice", "Pipeline"],
    }),
    getBatchProgress: build.query<TBatchProgress, string>({
      query: (id) => `invoices/batch/${encodeURIComponent(id)}`,
      transformResponse: (response: unknown) => ZBatchProgress.parse(response),
      providesTags: ["Pipeline"],
    }),
  }),
});

export const {
  useGetInvoiceTimelineQuery,
  useRetryInvoiceMutation,
  useMarkInvoiceUrgentMutation,
  useCompleteInvoiceReviewMutation,
  useCreateInvoiceBatchMutation,
  useGetBatchProgressQuery,
} = pipelineApi;

const usersApi = cotejoApi.injectEndpoints({
  endpoints: (build) => ({
    setUserActive: build.mutation<TUserListItem, { id: string } & TSetUserActiveBody>({
      query: ({ id, ...body }) => ({ url: `users/${encodeURIComponent(id)}`, method: "PATCH", body }),
      transformResponse: (response: unknown) => ZUserListItem.parse(response),
    }),
  }),
});

export const { useSetUserActiveMutation } = usersApi;
