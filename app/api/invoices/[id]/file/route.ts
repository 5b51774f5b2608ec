import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { getInvoiceFile } from "@/lib/invoices/get-invoice-file";
import { ZInvoiceFileQuery } from "@/lib/invoices/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/:id/file[?disposition=inline] - the original upload: a short-lived presigned URL on S3, streamed
// otherwise; inline (the document viewer) is always streamed
export const GET = withAuth(
  async ({ req, params }) => {
    const { disposition } = ZInvoiceFileQuery.parse(readSearchParams(req));
    const file = await getInvoiceFile({ id: typeof params.id === "string" ? params.id : "", inline: disposition === "inline" });
    if (file.kind === "redirect") {
      return NextResponse.redirect(file.url, { status: 302, headers: { "Cache-Control": "no-store" } });
    }
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.sizeBytes),
        "Content-Disposition": `${disposition}; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
