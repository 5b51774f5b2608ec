import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getBatchProgress } from "@/lib/pipeline/get-batch-progress";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/batch/:id - the batch's invoices counted by pipeline status
export const GET = withAuth(
  async ({ params }) => NextResponse.json(await getBatchProgress({ batchId: typeof params.id === "string" ? params.id : "" })),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
