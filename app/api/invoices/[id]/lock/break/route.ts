import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { breakReviewLock } from "@/lib/review/break-review-lock";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices/:id/lock/break - an Admin frees an invoice another operator holds (audited)
export const POST = withAuth(
  async ({ params, user }) => NextResponse.json(await breakReviewLock({ invoiceId: typeof params.id === "string" ? params.id : "", admin: user })),
  { roles: ["ADMIN"] },
);
