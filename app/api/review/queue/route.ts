import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { ZPageQuery } from "@/lib/invoices/schemas";
import { findReviewQueue } from "@/lib/review/find-review-queue";

// GET /api/review/queue - invoices waiting for an operator, urgent first then oldest, with who holds each (operators and admins)
export const GET = withAuth(
  async ({ req }) => {
    const query = ZPageQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
    return NextResponse.json(await findReviewQueue(query));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
