import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { findInvoices } from "@/lib/invoices/find-invoices";
import { ZPageQuery } from "@/lib/invoices/schemas";

// GET /api/review/queue - invoices waiting for an operator (operators and admins)
export const GET = withAuth(
  async ({ req }) => {
    const query = ZPageQuery.parse(Object.fromEntries(req.nextUrl.searchParams));
    return NextResponse.json(await findInvoices({ ...query, status: ["NEEDS_REVIEW"] }));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
