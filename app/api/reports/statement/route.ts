import type { NextRequest } from "next/server";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { getMonthlyStatementPdf } from "@/lib/reports/get-monthly-statement-pdf";
import { ZStatementQuery } from "@/lib/reports/statement-schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/reports/statement?organizationId=…&month=YYYY-MM - a client's monthly statement as PDF (every role)
export const GET = withAuth(
  async ({ req }: { req: NextRequest }) => {
    const query = ZStatementQuery.parse(readSearchParams(req));
    const pdf = await getMonthlyStatementPdf(query);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="estado-de-cuenta-${query.month}.pdf"`,
        "cache-control": "no-store",
      },
    });
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
