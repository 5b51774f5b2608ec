import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getInvoiceDetail } from "@/lib/invoices/get-invoice-detail";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/:id/detail - the invoice with its extraction, validation, matched lines and certificate in force
export const GET = withAuth(
  async ({ params }) => NextResponse.json(await getInvoiceDetail({ id: typeof params.id === "string" ? params.id : "" })),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
