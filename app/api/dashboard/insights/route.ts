import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getDashboardInsights } from "@/lib/dashboard/get-dashboard-insights";

export const dynamic = "force-dynamic";

// GET /api/dashboard/insights - the home page's charts (every role; viewers see them read-only)
export const GET = withAuth(async () => NextResponse.json(await getDashboardInsights()), {
  roles: ["ADMIN", "OPERATOR", "VIEWER"],
});
