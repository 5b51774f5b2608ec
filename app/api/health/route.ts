import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

// GET /api/health - public readiness probe: 200 while the database answers, 503 when it does not
export const GET = async () => {
  const report = await checkHealth();
  return NextResponse.json(report, {
    status: report.status === "down" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
};
