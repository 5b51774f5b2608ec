import { z } from "zod";
import { readSearchParams } from "@/lib/api/read-search-params";
import { assertWithinRateLimit } from "@/lib/api/assert-within-rate-limit";
import { getRateLimiters } from "@/lib/api/get-rate-limiters";
import { withAuth } from "@/lib/api/with-auth";
import { exportReport } from "@/lib/reports/export-report";
import { ZReportQuery } from "@/lib/reports/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ZFormat = z.object({ format: z.enum(["csv", "xlsx"]) });

// GET /api/reports/export?format=csv|xlsx&…the report query (every role; at most 100,000 groups, the rest as "Otros")
export const GET = withAuth(
  async ({ req, user }) => {
    assertWithinRateLimit(getRateLimiters().exports, user.id, "Demasiadas exportaciones seguidas. Espere un momento e intente de nuevo.");
    const { format, ...params } = readSearchParams(req);
    const file = await exportReport({ query: ZReportQuery.parse(params), format: ZFormat.parse({ format }).format });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
