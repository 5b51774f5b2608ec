import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { claimReviewLock } from "@/lib/review/claim-review-lock";
import { releaseReviewLock } from "@/lib/review/release-review-lock";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices/:id/lock - take the invoice's review lock, or renew it (the open screen's heartbeat); 409 REVIEW_LOCKED when another operator holds it
export const POST = withAuth(
  async ({ params, user }) => NextResponse.json(await claimReviewLock({ invoiceId: typeof params.id === "string" ? params.id : "", user })),
  { roles: ["ADMIN", "OPERATOR"] },
);

// DELETE /api/invoices/:id/lock - leave the invoice: release the caller's own lock
export const DELETE = withAuth(
  async ({ params, user }) => NextResponse.json(await releaseReviewLock({ invoiceId: typeof params.id === "string" ? params.id : "", userId: user.id })),
  { roles: ["ADMIN", "OPERATOR"] },
);
