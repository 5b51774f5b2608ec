import { NextResponse, type NextRequest } from "next/server";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { runReport } from "@/lib/reports/run-report";
import { ZReportQuery } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

// GET /api/reports?dimension=&granularity=&from=&to=&supplierId=&customerId=&classificationCode=&limit=&offset= (every role)
export const GET = withAuth(
  async ({ req }: { req: NextRequest }) =>
    NextResponse.json(await runReport({ query: ZReportQuery.parse(readSearchParams(req)) })),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
