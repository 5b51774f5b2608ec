import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getInvoiceHeader } from "@/lib/invoices/get-invoice-header";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/:id - one invoice's header (number, supplier, dates, exact totals, status); 404 when unknown
export const GET = withAuth(
  async ({ params }) => NextResponse.json(await getInvoiceHeader({ id: typeof params.id === "string" ? params.id : "" })),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
