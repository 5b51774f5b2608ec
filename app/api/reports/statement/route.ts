import { readSearchParams } from "@/lib/api/read-search-params";
import { assertWithinRateLimit } from "@/lib/api/assert-within-rate-limit";
import { getRateLimiters } from "@/lib/api/get-rate-limiters";
import { withAuth } from "@/lib/api/with-auth";
import { getMonthlyStatementPdf } from "@/lib/reports/get-monthly-statement-pdf";
import { ZStatementQuery } from "@/lib/reports/statement-schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/reports/statement?organizationId=…&month=YYYY-MM - a client's monthly statement as PDF (every role)
export const GET = withAuth(
  async ({ req, user }) => {
    assertWithinRateLimit(getRateLimiters().exports, user.id, "Demasiadas exportaciones seguidas. Espere un momento e intente de nuevo.");
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
