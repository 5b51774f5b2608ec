import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { listInvoiceHistory } from "@/lib/invoices/list-invoice-history";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/:id/history - every audited change to the invoice (and its commission and certificates), newest first
export const GET = withAuth(
  async ({ params }) => NextResponse.json(await listInvoiceHistory({ invoiceId: typeof params.id === "string" ? params.id : "" })),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
