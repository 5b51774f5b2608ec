import type { TRole } from "@/lib/auth/schemas";

export const ROLES = ["ADMIN", "OPERATOR", "VIEWER"] as const satisfies readonly TRole[];
export type TCaller = TRole | "ANONYMOUS";
export const CALLERS: readonly TCaller[] = ["ANONYMOUS", ...ROLES];

const EVERY_ROLE = ROLES;
const STAFF = ["ADMIN", "OPERATOR"] as const satisfies readonly TRole[];
const ADMIN_ONLY = ["ADMIN"] as const satisfies readonly TRole[];

/** Ids no record has: an allowed caller's request passes the access check and stops at 404 or validation. */
export const UNKNOWN_UUID = "00000000-0000-4000-8000-00000000a11c";
const UNKNOWN_CERTIFICATE_CODE = "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ";

export type TRouteAccess = {
  /** Who passes the access check: everyone (public or signed by its caller) or these roles. */
  allowed: "everyone" | readonly TRole[];
  /** The request the matrix sends: the route with its segments filled, and a body when it takes one. */
  path: string;
  data?: Record<string, unknown>;
  /** What an allowed caller gets for that request; anonymous callers get 401 and other roles 403. */
  allowedStatus: number | readonly number[];
};

/**
 * The one table of who may call what, keyed `METHOD /api/route` exactly as listRouteHandlers reads them from
 * app/api: a route or method added without an entry here fails the matrix. Requests are chosen to stop harmlessly
 * after the access check (unknown ids, empty bodies), except creating a rule-set draft, which the matrix discards.
 */
export const ROUTE_ACCESS: Record<string, TRouteAccess> = {
  // next-auth: the session endpoint answers everyone; a sign-out without its CSRF token changes nothing.
  "GET /api/auth/[...nextauth]": { allowed: "everyone", path: "/api/auth/session", allowedStatus: 200 },
  "POST /api/auth/[...nextauth]": { allowed: "everyone", path: "/api/auth/signout", allowedStatus: 302 },
  // The IdP's logout URL for this session (null for a password session).
  "GET /api/auth/idp-logout": { allowed: EVERY_ROLE, path: "/api/auth/idp-logout", allowedStatus: 200 },
  "GET /api/certificates": { allowed: EVERY_ROLE, path: "/api/certificates", allowedStatus: 200 },
  "POST /api/certificates": { allowed: STAFF, path: "/api/certificates", data: {}, allowedStatus: 422 },
  "GET /api/certificates/[id]/download": { allowed: EVERY_ROLE, path: `/api/certificates/${UNKNOWN_UUID}/download`, allowedStatus: 404 },
  "POST /api/certificates/[id]/email": { allowed: STAFF, path: `/api/certificates/${UNKNOWN_UUID}/email`, data: {}, allowedStatus: 422 },
  "POST /api/certificates/[id]/reissue": { allowed: ADMIN_ONLY, path: `/api/certificates/${UNKNOWN_UUID}/reissue`, data: {}, allowedStatus: 422 },
  "POST /api/certificates/[id]/void": { allowed: ADMIN_ONLY, path: `/api/certificates/${UNKNOWN_UUID}/void`, data: {}, allowedStatus: 422 },
  "GET /api/commissions/[invoiceId]": { allowed: STAFF, path: `/api/commissions/${UNKNOWN_UUID}`, allowedStatus: 404 },
  "POST /api/commissions/calculate": { allowed: STAFF, path: "/api/commissions/calculate", data: {}, allowedStatus: 422 },
  "GET /api/commissions/rule-sets": { allowed: ADMIN_ONLY, path: "/api/commissions/rule-sets", allowedStatus: 200 },
  // 201 with a new draft, or 409 when another spec left one open.
  "POST /api/commissions/rule-sets": { allowed: ADMIN_ONLY, path: "/api/commissions/rule-sets", allowedStatus: [201, 409] },
  "DELETE /api/commissions/rule-sets/[id]": { allowed: ADMIN_ONLY, path: `/api/commissions/rule-sets/${UNKNOWN_UUID}`, allowedStatus: 404 },
  "GET /api/commissions/rule-sets/[id]": { allowed: ADMIN_ONLY, path: `/api/commissions/rule-sets/${UNKNOWN_UUID}`, allowedStatus: 404 },
  "PUT /api/commissions/rule-sets/[id]": { allowed: ADMIN_ONLY, path: `/api/commissions/rule-sets/${UNKNOWN_UUID}`, data: {}, allowedStatus: 422 },
  "POST /api/commissions/rule-sets/[id]/preview": { allowed: ADMIN_ONLY, path: `/api/commissions/rule-sets/${UNKNOWN_UUID}/preview`, allowedStatus: 404 },
  "POST /api/commissions/rule-sets/[id]/publish": { allowed: ADMIN_ONLY, path: `/api/commissions/rule-sets/${UNKNOWN_UUID}/publish`, data: {}, allowedStatus: 422 },
  "GET /api/commissions/rules/current": { allowed: EVERY_ROLE, path: "/api/commissions/rules/current", allowedStatus: 200 },
  "GET /api/dashboard/insights": { allowed: EVERY_ROLE, path: "/api/dashboard/insights", allowedStatus: 200 },
  "GET /api/dashboard/summary": { allowed: EVERY_ROLE, path: "/api/dashboard/summary", allowedStatus: 200 },
  "GET /api/health": { allowed: "everyone", path: "/api/health", allowedStatus: 200 },
  // Inngest's endpoint: its callers prove themselves with the signing key (cloud mode); the e2e server runs the
  // local executor, where it answers introspection, and a step call that names no function fails inside the SDK.
  "GET /api/inngest": { allowed: "everyone", path: "/api/inngest", allowedStatus: 200 },
  "POST /api/inngest": { allowed: "everyone", path: "/api/inngest", data: {}, allowedStatus: 500 },
  "PUT /api/inngest": { allowed: "everyone", path: "/api/inngest", allowedStatus: 200 },
  "GET /api/admin/retention": { allowed: ADMIN_ONLY, path: "/api/admin/retention", allowedStatus: 200 },
  "GET /api/invoices": { allowed: EVERY_ROLE, path: "/api/invoices", allowedStatus: 200 },
  "POST /api/invoices": { allowed: STAFF, path: "/api/invoices", allowedStatus: 415 },
  "GET /api/invoices/[id]": { allowed: EVERY_ROLE, path: `/api/invoices/${UNKNOWN_UUID}`, allowedStatus: 404 },
  // Admins, or a scraper with METRICS_TOKEN (e2e/operations/observability.spec.ts).
  "GET /api/metrics": { allowed: ADMIN_ONLY, path: "/api/metrics", allowedStatus: 200 },
  "GET /api/openapi.json": { allowed: "everyone", path: "/api/openapi.json", allowedStatus: 200 },
  "GET /api/invoices/[id]/file": { allowed: EVERY_ROLE, path: `/api/invoices/${UNKNOWN_UUID}/file`, allowedStatus: 404 },
  "POST /api/invoices/[id]/retry": { allowed: ADMIN_ONLY, path: `/api/invoices/${UNKNOWN_UUID}/retry`, allowedStatus: 404 },
  "POST /api/invoices/[id]/lock": { allowed: STAFF, path: `/api/invoices/${UNKNOWN_UUID}/lock`, allowedStatus: 404 },
  // Releasing a lock one does not hold changes nothing.
  "DELETE /api/invoices/[id]/lock": { allowed: STAFF, path: `/api/invoices/${UNKNOWN_UUID}/lock`, allowedStatus: 200 },
  "POST /api/invoices/[id]/lock/break": { allowed: ADMIN_ONLY, path: `/api/invoices/${UNKNOWN_UUID}/lock/break`, allowedStatus: 404 },
  "PATCH /api/invoices/[id]/corrections": { allowed: STAFF, path: `/api/invoices/${UNKNOWN_UUID}/corrections`, data: {}, allowedStatus: 404 },
  "GET /api/invoices/[id]/review": { allowed: STAFF, path: `/api/invoices/${UNKNOWN_UUID}/review`, allowedStatus: 404 },
  "POST /api/invoices/[id]/review": { allowed: STAFF, path: `/api/invoices/${UNKNOWN_UUID}/review`, data: {}, allowedStatus: 422 },
  "GET /api/invoices/[id]/detail": { allowed: EVERY_ROLE, path: `/api/invoices/${UNKNOWN_UUID}/detail`, allowedStatus: 404 },
  "GET /api/invoices/[id]/history": { allowed: EVERY_ROLE, path: `/api/invoices/${UNKNOWN_UUID}/history`, allowedStatus: 404 },
  "GET /api/invoices/[id]/pages/[page]": { allowed: EVERY_ROLE, path: `/api/invoices/${UNKNOWN_UUID}/pages/1`, allowedStatus: 404 },
  "GET /api/invoices/[id]/timeline": { allowed: EVERY_ROLE, path: `/api/invoices/${UNKNOWN_UUID}/timeline`, allowedStatus: 404 },
  "POST /api/invoices/[id]/urgent": { allowed: STAFF, path: `/api/invoices/${UNKNOWN_UUID}/urgent`, allowedStatus: 404 },
  "POST /api/invoices/batch": { allowed: STAFF, path: "/api/invoices/batch", data: {}, allowedStatus: 422 },
  "GET /api/invoices/batch/[id]": { allowed: EVERY_ROLE, path: `/api/invoices/batch/${UNKNOWN_UUID}`, allowedStatus: 404 },
  "POST /api/invoices/bulk": { allowed: STAFF, path: "/api/invoices/bulk", data: {}, allowedStatus: 422 },
  "POST /api/invoices/export": { allowed: STAFF, path: "/api/invoices/export", data: {}, allowedStatus: 422 },
  "GET /api/invoices/views": { allowed: EVERY_ROLE, path: "/api/invoices/views", allowedStatus: 200 },
  "POST /api/invoices/views": { allowed: EVERY_ROLE, path: "/api/invoices/views", data: {}, allowedStatus: 422 },
  "DELETE /api/invoices/views/[id]": { allowed: EVERY_ROLE, path: `/api/invoices/views/${UNKNOWN_UUID}`, allowedStatus: 404 },
  "GET /api/products/[code]": { allowed: EVERY_ROLE, path: "/api/products/NO-EXISTE-1", allowedStatus: 404 },
  "GET /api/products/classification/[dianCode]": { allowed: EVERY_ROLE, path: "/api/products/classification/9999.99", allowedStatus: 404 },
  "POST /api/products/match": { allowed: STAFF, path: "/api/products/match", data: {}, allowedStatus: 422 },
  "GET /api/products/search": { allowed: EVERY_ROLE, path: "/api/products/search", allowedStatus: 200 },
  "GET /api/reports": { allowed: EVERY_ROLE, path: "/api/reports", allowedStatus: 422 },
  "GET /api/reports/export": { allowed: EVERY_ROLE, path: "/api/reports/export", allowedStatus: 422 },
  "GET /api/reports/statement": { allowed: EVERY_ROLE, path: "/api/reports/statement", allowedStatus: 422 },
  "GET /api/review/queue": { allowed: STAFF, path: "/api/review/queue", allowedStatus: 200 },
  "GET /api/review/queue/[id]/adjacent": { allowed: STAFF, path: `/api/review/queue/${UNKNOWN_UUID}/adjacent`, allowedStatus: 404 },
  "GET /api/users": { allowed: ADMIN_ONLY, path: "/api/users", allowedStatus: 200 },
  "PATCH /api/users/[id]": { allowed: ADMIN_ONLY, path: `/api/users/${UNKNOWN_UUID}`, data: {}, allowedStatus: 422 },
  // The public verification answers an unknown code with 200 { status: "NOT_FOUND" } for its page to show.
  "GET /api/verify/[code]": { allowed: "everyone", path: `/api/verify/${UNKNOWN_CERTIFICATE_CODE}`, allowedStatus: 200 },
  "POST /api/verify/[code]": { allowed: "everyone", path: `/api/verify/${UNKNOWN_CERTIFICATE_CODE}`, allowedStatus: 404 },
};

/** The status `caller` must get from the route's matrix request. */
export const expectedStatuses = (access: TRouteAccess, caller: TCaller): readonly number[] => {
  if (access.allowed === "everyone" || (caller !== "ANONYMOUS" && access.allowed.includes(caller))) {
    return typeof access.allowedStatus === "number" ? [access.allowedStatus] : access.allowedStatus;
  }
  return [caller === "ANONYMOUS" ? 401 : 403];
};
