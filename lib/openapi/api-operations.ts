import { z } from "zod";
import { ZIdpLogout, type TRole } from "@/lib/auth/schemas";
import {
  ZClassificationProductsPage,
  ZClassificationProductsQuery,
  ZDianCode,
  ZProductCode,
  ZProductDetail,
  ZProductSearchPage,
  ZProductSearchQuery,
} from "@/lib/catalog/schemas";
import {
  ZCertificatePage,
  ZCertificateSummary,
  ZCertificateVerification,
  ZEmailCertificateBody,
  ZEmailCertificateResult,
  ZIssueCertificateBody,
  ZReissueCertificateResult,
  ZVerifyUploadResult,
  ZVoidCertificateBody,
} from "@/lib/certificates/schemas";
import {
  ZPublishRuleSetRequest,
  ZRuleSetDetail,
  ZRuleSetId,
  ZRuleSetList,
  ZRuleSetPreview,
  ZUpdateDraftRuleSetRequest,
} from "@/lib/commissions/rule-sets/schemas";
import { ZCalculateCommissionRequest, ZCommissionDetail, ZRuleSetInForce } from "@/lib/commissions/schemas";
import { ZDashboardInsights, ZDashboardSummary } from "@/lib/dashboard/schemas";
import { ZHealthReport } from "@/lib/health/schemas";
import { ZInvoiceDetail } from "@/lib/invoices/invoice-detail-schemas";
import { ZInvoiceHistory } from "@/lib/invoices/invoice-history-schemas";
import {
  ZBulkInvoiceBody,
  ZBulkInvoiceResult,
  ZCreateSavedViewBody,
  ZExportInvoicesBody,
  ZFindInvoicesQuery,
  ZInvoiceListItem,
  ZInvoicePage,
  ZPageQuery,
  ZSavedView,
  ZSavedViewList,
  ZUploadResponse,
} from "@/lib/invoices/schemas";
import { ZMatchLinesRequest, ZMatchLinesResult } from "@/lib/matching/schemas";
import { ZBatchProgress, ZCompleteReviewBody, ZCreateBatchBody, ZInvoiceActionResult, ZInvoiceTimeline } from "@/lib/pipeline/schemas";
import { ZAdjacentReviewInvoices, ZCorrectionsBody, ZReviewInvoice, ZReviewLockState, ZReviewQueuePage } from "@/lib/review/schemas";
import { ZReportQuery, ZReportResult } from "@/lib/reports/schemas";
import { ZStatementQuery } from "@/lib/reports/statement-schemas";
import { ZRetentionReport, ZRetentionReportQuery } from "@/lib/retention/schemas";
import { ZSetUserActiveBody, ZUserListItem } from "@/lib/users/schemas";

export type THttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type TApiOperation = {
  method: THttpMethod;
  /** OpenAPI path: app/api/invoices/[id]/file/route.ts is /api/invoices/{id}/file. */
  path: string;
  summary: string;
  /** Roles allowed (withAuth), "public" (withPublic or unauthenticated), or a protocol handled by a library. */
  access: readonly TRole[] | "public" | "metrics" | "library";
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { contentType: string; schema: z.ZodType };
  response: { status: number; description: string; contentType: string; schema: z.ZodType };
};

const ALL: readonly TRole[] = ["ADMIN", "OPERATOR", "VIEWER"];
const STAFF: readonly TRole[] = ["ADMIN", "OPERATOR"];
const ADMIN: readonly TRole[] = ["ADMIN"];

const json = (schema: z.ZodType, status = 200, description = "OK") => ({ status, description, contentType: "application/json", schema });
const jsonBody = (schema: z.ZodType) => ({ contentType: "application/json", schema });
const binary = (contentType: string, description: string) => ({
  status: 200,
  description,
  contentType,
  schema: z.string().meta({ format: "binary" }),
});

const ZId = z.object({ id: z.uuid() });
const ZRuleSetPath = z.object({ id: ZRuleSetId });
const ZLibraryProtocol = z.record(z.string(), z.unknown()).describe("Defined by the library that serves the route, not by Cotejo");

/**
 * Every operation of the REST API, with the zod schemas its route handler parses and returns. The OpenAPI document
 * is generated from this list, and a test fails when a route file under app/api has a method missing here.
 */
export const API_OPERATIONS: readonly TApiOperation[] = [
  { method: "get", path: "/api/admin/retention", summary: "What the 7-year retention period has reached", access: ADMIN, query: ZRetentionReportQuery, response: json(ZRetentionReport) },
  { method: "get", path: "/api/auth/idp-logout", summary: "The IdP's logout URL for this session, read just before the app's own sign-out", access: ALL, response: json(ZIdpLogout) },
  { method: "get", path: "/api/auth/{nextauth}", summary: "next-auth: providers, session, CSRF token, OAuth callbacks", access: "library", params: z.object({ nextauth: z.string() }), response: json(ZLibraryProtocol) },
  { method: "post", path: "/api/auth/{nextauth}", summary: "next-auth: sign-in, sign-out, credentials callback", access: "library", params: z.object({ nextauth: z.string() }), response: json(ZLibraryProtocol) },
  { method: "get", path: "/api/certificates", summary: "Certificates newest first, current and voided", access: ALL, query: ZPageQuery, response: json(ZCertificatePage) },
  {
    method: "post",
    path: "/api/certificates",
    summary: "Issue the certificate of a priced invoice (200 with the existing one when already issued)",
    access: STAFF,
    body: jsonBody(ZIssueCertificateBody),
    response: json(ZCertificateSummary.extend({ created: z.boolean() }), 201, "Issued (200 when it already existed)"),
  },
  { method: "get", path: "/api/certificates/{id}/download", summary: "The issued PDF (a 302 to a presigned URL on S3)", access: ALL, params: ZId, response: binary("application/pdf", "The certificate PDF") },
  { method: "post", path: "/api/certificates/{id}/email", summary: "E-mail the PDF with its verification link", access: STAFF, params: ZId, body: jsonBody(ZEmailCertificateBody), response: json(ZEmailCertificateResult) },
  { method: "post", path: "/api/certificates/{id}/reissue", summary: "Void with a reason and issue a linked replacement", access: ADMIN, params: ZId, body: jsonBody(ZVoidCertificateBody), response: json(ZReissueCertificateResult, 201, "Reissued") },
  { method: "post", path: "/api/certificates/{id}/void", summary: "Void without replacement", access: ADMIN, params: ZId, body: jsonBody(ZVoidCertificateBody), response: json(ZCertificateSummary) },
  { method: "get", path: "/api/commissions/{invoiceId}", summary: "An invoice's commission with its per-line breakdown", access: STAFF, params: z.object({ invoiceId: z.uuid() }), response: json(ZCommissionDetail) },
  { method: "post", path: "/api/commissions/calculate", summary: "Price an approved invoice (idempotent)", access: STAFF, body: jsonBody(ZCalculateCommissionRequest), response: json(ZCommissionDetail) },
  { method: "get", path: "/api/commissions/rule-sets", summary: "Every rule-set version", access: ADMIN, response: json(ZRuleSetList) },
  { method: "post", path: "/api/commissions/rule-sets", summary: "A new draft copied from the latest published version", access: ADMIN, response: json(ZRuleSetDetail, 201, "Draft created") },
  { method: "get", path: "/api/commissions/rule-sets/{id}", summary: "One version with its rules", access: ADMIN, params: ZRuleSetPath, response: json(ZRuleSetDetail) },
  { method: "put", path: "/api/commissions/rule-sets/{id}", summary: "Replace a draft's content (409 when stale or published)", access: ADMIN, params: ZRuleSetPath, body: jsonBody(ZUpdateDraftRuleSetRequest), response: json(ZRuleSetDetail) },
  { method: "delete", path: "/api/commissions/rule-sets/{id}", summary: "Discard a draft (409 for a published version)", access: ADMIN, params: ZRuleSetPath, response: json(z.object({ id: z.uuid(), version: z.number().int() })) },
  { method: "post", path: "/api/commissions/rule-sets/{id}/preview", summary: "How the version would have charged the last 1,000 priced invoices", access: ADMIN, params: ZRuleSetPath, response: json(ZRuleSetPreview) },
  { method: "post", path: "/api/commissions/rule-sets/{id}/publish", summary: "Publish a draft; it becomes immutable", access: ADMIN, params: ZRuleSetPath, body: jsonBody(ZPublishRuleSetRequest), response: json(ZRuleSetDetail) },
  { method: "get", path: "/api/commissions/rules/current", summary: "The rule-set version that prices invoices registered today", access: ALL, response: json(ZRuleSetInForce) },
  { method: "get", path: "/api/dashboard/insights", summary: "The home page's charts: today by status, review backlog, auto-approval, processing time, confidence, correction drift", access: ALL, response: json(ZDashboardInsights) },
  { method: "get", path: "/api/dashboard/summary", summary: "Counts for the home page", access: ALL, response: json(ZDashboardSummary) },
  { method: "get", path: "/api/health", summary: "Readiness probe: 200 while the database answers, 503 when it does not", access: "public", response: json(ZHealthReport) },
  { method: "get", path: "/api/inngest", summary: "Inngest serve endpoint: introspection", access: "library", response: json(ZLibraryProtocol) },
  { method: "post", path: "/api/inngest", summary: "Inngest serve endpoint: step calls (signed outside local mode)", access: "library", response: json(ZLibraryProtocol) },
  { method: "put", path: "/api/inngest", summary: "Inngest serve endpoint: sync the functions", access: "library", response: json(ZLibraryProtocol) },
  {
    method: "post",
    path: "/api/invoices",
    summary: "Upload invoices (multipart, field \"files\", one or many); one result per file",
    access: STAFF,
    body: { contentType: "multipart/form-data", schema: z.object({ files: z.array(z.string().meta({ format: "binary" })) }) },
    response: json(ZUploadResponse, 201, "At least one file created an invoice (200 when all were already known; when all were rejected, their status, or 422 when they differ)"),
  },
  {
    method: "get",
    path: "/api/invoices",
    summary: "The inbox: filters (status, confidence band, supplier, dates, total, source, batch), whitelisted sort, page; total counted up to 10,000",
    access: ALL,
    query: ZFindInvoicesQuery,
    response: json(ZInvoicePage),
  },
  { method: "post", path: "/api/invoices/bulk", summary: "Retry (Admin) or mark urgent up to 500 invoices; one result per id", access: STAFF, body: jsonBody(ZBulkInvoiceBody), response: json(ZBulkInvoiceResult) },
  {
    method: "post",
    path: "/api/invoices/export",
    summary: "The selected invoices (up to 500) as CSV with Spanish headers; JSON or a form field ids=a,b,c",
    access: STAFF,
    body: jsonBody(ZExportInvoicesBody),
    response: binary("text/csv", "UTF-8 CSV with BOM, `;`-separated, decimal comma"),
  },
  { method: "get", path: "/api/invoices/views", summary: "The caller's saved inbox views", access: ALL, response: json(ZSavedViewList) },
  { method: "post", path: "/api/invoices/views", summary: "Save the inbox filters under a name (409 when taken)", access: ALL, body: jsonBody(ZCreateSavedViewBody), response: json(ZSavedView, 201, "Saved") },
  { method: "delete", path: "/api/invoices/views/{id}", summary: "Delete one of the caller's views (404 for another user's)", access: ALL, params: ZId, response: json(z.object({ id: z.uuid() }), 200, "Deleted") },
  { method: "get", path: "/api/invoices/{id}", summary: "One invoice's header (404 when unknown)", access: ALL, params: ZId, response: json(ZInvoiceListItem) },
  { method: "get", path: "/api/invoices/{id}/detail", summary: "The invoice with its extraction, validation, matched lines and certificate in force", access: ALL, params: ZId, response: json(ZInvoiceDetail) },
  { method: "get", path: "/api/invoices/{id}/history", summary: "Every audited change to the invoice, its commission and certificates, newest first", access: ALL, params: ZId, response: json(ZInvoiceHistory) },
  {
    method: "get",
    path: "/api/invoices/{id}/pages/{page}",
    summary: "One page of a scanned invoice as PNG (for TIFF originals, which browsers cannot show)",
    access: ALL,
    params: z.object({ id: z.uuid(), page: z.coerce.number().int().min(1) }),
    response: binary("image/png", "The page, EXIF orientation applied, at most 2400 px on its long side"),
  },
  { method: "get", path: "/api/invoices/{id}/file", summary: "The original upload (a 302 to a presigned URL on S3)", access: ALL, params: ZId, response: binary("application/octet-stream", "The uploaded bytes, with their MIME type") },
  { method: "post", path: "/api/invoices/{id}/retry", summary: "Resume a FAILED invoice where it failed (409 for any other status)", access: ADMIN, params: ZId, response: json(ZInvoiceActionResult) },
  { method: "post", path: "/api/invoices/{id}/lock", summary: "Take or renew the review lock (409 REVIEW_LOCKED with the holder when another operator has it)", access: STAFF, params: ZId, response: json(ZReviewLockState) },
  { method: "delete", path: "/api/invoices/{id}/lock", summary: "Release the caller's own review lock", access: STAFF, params: ZId, response: json(z.object({ released: z.boolean() })) },
  { method: "post", path: "/api/invoices/{id}/lock/break", summary: "Admin: free an invoice another operator holds (audited)", access: ADMIN, params: ZId, response: json(ZReviewLockState) },
  {
    method: "patch",
    path: "/api/invoices/{id}/corrections",
    summary: "The lock holder's corrections: one audit event per changed value, validation re-run",
    access: STAFF,
    params: ZId,
    body: jsonBody(ZCorrectionsBody),
    response: json(ZReviewInvoice),
  },
  { method: "get", path: "/api/invoices/{id}/review", summary: "The invoice as the review screen edits it", access: STAFF, params: ZId, response: json(ZReviewInvoice) },
  {
    method: "post",
    path: "/api/invoices/{id}/review",
    summary: "The operator's decision on an invoice in review",
    access: STAFF,
    params: ZId,
    body: jsonBody(ZCompleteReviewBody),
    response: json(z.object({ invoiceId: z.uuid(), decision: ZCompleteReviewBody.shape.decision }), 202, "Decision accepted"),
  },
  { method: "get", path: "/api/invoices/{id}/timeline", summary: "Pipeline status and every step attempt", access: ALL, params: ZId, response: json(ZInvoiceTimeline) },
  { method: "post", path: "/api/invoices/{id}/urgent", summary: "Process this invoice before the others (idempotent)", access: STAFF, params: ZId, response: json(ZInvoiceActionResult) },
  { method: "post", path: "/api/invoices/batch", summary: "Send uploaded invoices through the pipeline as one batch", access: STAFF, body: jsonBody(ZCreateBatchBody), response: json(ZBatchProgress.extend({ queued: z.boolean() }), 201, "Batch created") },
  { method: "get", path: "/api/invoices/batch/{id}", summary: "The batch's invoices counted by pipeline status", access: ALL, params: ZId, response: json(ZBatchProgress) },
  {
    method: "get",
    path: "/api/metrics",
    summary: "Prometheus metrics (Authorization: Bearer METRICS_TOKEN, or an Admin session)",
    access: "metrics",
    response: { status: 200, description: "Prometheus text exposition format 0.0.4", contentType: "text/plain", schema: z.string() },
  },
  { method: "get", path: "/api/openapi.json", summary: "This document", access: "public", response: json(z.record(z.string(), z.unknown()).describe("OpenAPI 3.1 document")) },
  { method: "get", path: "/api/products/{code}", summary: "One product with its DIAN classification", access: ALL, params: z.object({ code: ZProductCode }), response: json(ZProductDetail) },
  {
    method: "get",
    path: "/api/products/classification/{dianCode}",
    summary: "A DIAN classification and its products in code order",
    access: ALL,
    params: z.object({ dianCode: ZDianCode }),
    query: ZClassificationProductsQuery,
    response: json(ZClassificationProductsPage),
  },
  { method: "post", path: "/api/products/match", summary: "An invoice's lines in, the top catalog candidates of each line out", access: STAFF, body: jsonBody(ZMatchLinesRequest), response: json(ZMatchLinesResult) },
  { method: "get", path: "/api/products/search", summary: "Catalog products ranked by a fuzzy text query, or in code order", access: ALL, query: ZProductSearchQuery, response: json(ZProductSearchPage) },
  { method: "get", path: "/api/reports", summary: "Commission report grouped by a dimension and period", access: ALL, query: ZReportQuery, response: json(ZReportResult) },
  {
    method: "get",
    path: "/api/reports/export",
    summary: "The report as CSV or XLSX (at most 100,000 groups, the rest as \"Otros\")",
    access: ALL,
    query: ZReportQuery.extend({ format: z.enum(["csv", "xlsx"]) }),
    response: binary("text/csv", "CSV (text/csv) or XLSX (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)"),
  },
  { method: "get", path: "/api/reports/statement", summary: "A client's monthly statement as PDF", access: ALL, query: ZStatementQuery, response: binary("application/pdf", "The statement PDF") },
  { method: "get", path: "/api/review/queue", summary: "Invoices waiting for an operator, urgent first then oldest, with lock holders", access: STAFF, query: ZPageQuery, response: json(ZReviewQueuePage) },
  { method: "get", path: "/api/review/queue/{id}/adjacent", summary: "The invoices before and after one in queue order", access: STAFF, params: ZId, response: json(ZAdjacentReviewInvoices) },
  { method: "get", path: "/api/users", summary: "Every user with role and status", access: ADMIN, response: json(z.array(ZUserListItem)) },
  { method: "patch", path: "/api/users/{id}", summary: "Activate or deactivate a user; a deactivated one is refused from the next request", access: ADMIN, params: ZId, body: jsonBody(ZSetUserActiveBody), response: json(ZUserListItem) },
  { method: "get", path: "/api/verify/{code}", summary: "Public: whether a certificate is in force, with its minimal public data (rate limited)", access: "public", params: z.object({ code: z.string() }), response: json(ZCertificateVerification) },
  {
    method: "post",
    path: "/api/verify/{code}",
    summary: "Public: does this PDF match the certificate's recorded SHA-256 (≤ 10 MB, not kept; rate limited)",
    access: "public",
    params: z.object({ code: z.string() }),
    body: { contentType: "application/pdf", schema: z.string().meta({ format: "binary" }) },
    response: json(ZVerifyUploadResult),
  },
];
