import type { NextRequest } from "next/server";
import { assertWithinRateLimit } from "@/lib/api/assert-within-rate-limit";
import { getRateLimiters } from "@/lib/api/get-rate-limiters";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { exportInvoicesCsv } from "@/lib/invoices/export-invoices-csv";
import { ZExportInvoicesBody } from "@/lib/invoices/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** JSON from API clients; the inbox posts a plain form (ids comma-separated) so the browser downloads the file itself. */
const readExportBody = async (req: NextRequest): Promise<unknown> => {
  if (req.headers.get("content-type")?.startsWith("application/json")) return readJsonBody(req);
  const ids = (await req.formData()).get("ids");
  return { ids: typeof ids === "string" ? ids.split(",").filter(Boolean) : [] };
};

// POST /api/invoices/export - the selected invoices (≤500) as CSV, Spanish headers, exact amounts
export const POST = withAuth(
  async ({ req, user }) => {
    assertWithinRateLimit(getRateLimiters().exports, user.id, "Demasiadas exportaciones seguidas. Espere un momento e intente de nuevo.");
    const { ids } = ZExportInvoicesBody.parse(await readExportBody(req));
    const file = await exportInvoicesCsv({ ids });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
