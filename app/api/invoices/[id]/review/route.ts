import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { completeReview } from "@/lib/pipeline/complete-review";
import { ZCompleteReviewBody } from "@/lib/pipeline/schemas";
import { getReviewInvoice } from "@/lib/review/get-review-invoice";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/:id/review - the invoice as the review screen edits it (extraction, validation, products, readings, lock)
export const GET = withAuth(
  async ({ params }) => NextResponse.json(await getReviewInvoice({ invoiceId: typeof params.id === "string" ? params.id : "" })),
  { roles: ["ADMIN", "OPERATOR"] },
);

// POST /api/invoices/:id/review { decision: approved|rejected, reason?, confirmed? } - the lock holder's decision on an invoice in review
export const POST = withAuth(
  async ({ req, params, user }) => {
    const body = ZCompleteReviewBody.parse(await readJsonBody(req));
    return NextResponse.json(await completeReview({ ...body, invoiceId: typeof params.id === "string" ? params.id : "", reviewer: user }), { status: 202 });
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
