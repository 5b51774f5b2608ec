import { NextResponse } from "next/server";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { getRetentionReport } from "@/lib/retention/get-retention-report";
import { ZRetentionReportQuery } from "@/lib/retention/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/admin/retention?limit - what the 7-year retention period has reached (admins)
export const GET = withAuth(
  async ({ req }) => NextResponse.json(await getRetentionReport(ZRetentionReportQuery.parse(readSearchParams(req)))),
  { roles: ["ADMIN"] },
);
