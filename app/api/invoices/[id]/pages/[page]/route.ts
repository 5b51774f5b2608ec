import { z } from "zod";
import { withAuth } from "@/lib/api/with-auth";
import { MAX_IMAGE_PAGES } from "@/lib/extraction/ocr/prepare-image-pages";
import { renderInvoiceImagePage } from "@/lib/invoices/render-invoice-image-page";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const ZPageParams = z.object({ id: z.string(), page: z.coerce.number().int().min(1).max(MAX_IMAGE_PAGES) });

// GET /api/invoices/:id/pages/:page - one page of a scanned invoice as PNG (for TIFF, which browsers cannot show)
export const GET = withAuth(
  async ({ params }) => {
    const { id, page } = ZPageParams.parse(params);
    const png = await renderInvoiceImagePage({ id, page });
    return new Response(new Uint8Array(png), {
      status: 200,
      headers: { "Content-Type": "image/png", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
