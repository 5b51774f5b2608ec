import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { completeReview } from "@/lib/pipeline/complete-review";
import { ZCompleteReviewBody } from "@/lib/pipeline/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices/:id/review { decision: approved|rejected, reason? } - the operator's decision on an invoice in review
export const POST = withAuth(
  async ({ req, params, user }) => {
    const body = ZCompleteReviewBody.parse(await readJsonBody(req));
    return NextResponse.json(await completeReview({ ...body, invoiceId: typeof params.id === "string" ? params.id : "", reviewer: user }), { status: 202 });
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
