import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { findAdjacentReviewInvoices } from "@/lib/review/find-adjacent-review-invoices";

export const dynamic = "force-dynamic";

// GET /api/review/queue/:id/adjacent - the invoices before and after this one in queue order (J/K)
export const GET = withAuth(
  async ({ params }) => NextResponse.json(await findAdjacentReviewInvoices({ invoiceId: typeof params.id === "string" ? params.id : "" })),
  { roles: ["ADMIN", "OPERATOR"] },
);
