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
import { ZInvoicePage, type TFindInvoicesQuery, type TInvoicePage } from "@/lib/invoices/schemas";

/** The single RTK Query slice; each domain adds its endpoints here, parsing responses with the shared zod schemas. */
export const cotejoApi = createApi({
  reducerPath: "cotejoApi",
  baseQuery: fetchBaseQuery({ baseUrl: "/api", credentials: "same-origin" }),
  tagTypes: ["Dashboard", "Invoice", "Product", "Certificate"],
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
  }),
});

export const { useGetDashboardSummaryQuery, useGetReviewQueueQuery, useSearchProductsQuery, useGetProductQuery } =
  cotejoApi;

export const {
  useGetCertificatesQuery,
  useEmailCertificateMutation,
  useVoidCertificateMutation,
  useReissueCertificateMutation,
  useVerifyCertificateFileMutation,
} = cotejoApi;
