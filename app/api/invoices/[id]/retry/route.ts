import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { retryFailedInvoice } from "@/lib/pipeline/retry-failed-invoice";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices/:id/retry - Admin: resume a FAILED invoice where it failed (409 for any other status)
export const POST = withAuth(
  async ({ params, user }) => NextResponse.json(await retryFailedInvoice({ invoiceId: typeof params.id === "string" ? params.id : "", actor: user })),
  { roles: ["ADMIN"] },
);
