import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getInvoiceTimeline } from "@/lib/pipeline/get-invoice-timeline";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/:id/timeline - pipeline status and every step attempt (step, attempt, duration, error)
export const GET = withAuth(
  async ({ params }) => NextResponse.json(await getInvoiceTimeline({ invoiceId: typeof params.id === "string" ? params.id : "" })),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
