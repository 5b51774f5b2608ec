import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { markUrgent } from "@/lib/pipeline/mark-urgent";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices/:id/urgent - process this invoice before the others (idempotent)
export const POST = withAuth(
  async ({ params, user }) => NextResponse.json(await markUrgent({ invoiceId: typeof params.id === "string" ? params.id : "", actor: user })),
  { roles: ["ADMIN", "OPERATOR"] },
);
