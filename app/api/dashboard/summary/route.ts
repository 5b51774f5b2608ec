import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getDashboardSummary } from "@/lib/dashboard/get-dashboard-summary";

// GET /api/dashboard/summary - counts for the home page (every role)
export const GET = withAuth(async () => NextResponse.json(await getDashboardSummary()), {
  roles: ["ADMIN", "OPERATOR", "VIEWER"],
});
