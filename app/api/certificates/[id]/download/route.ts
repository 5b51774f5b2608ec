import { Readable } from "node:stream";
import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getCertificateForDownload } from "@/lib/certificates/get-certificate-for-download";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/certificates/:id/download - the issued PDF: a presigned URL (≤ 300 s) on S3, a verified stream otherwise
export const GET = withAuth(
  async ({ params, user }) => {
    const file = await getCertificateForDownload({ id: typeof params.id === "string" ? params.id : "", user });
    if (file.kind === "redirect") {
      return NextResponse.redirect(file.url, { status: 302, headers: { "Cache-Control": "no-store" } });
    }
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      status: 200,
      headers: {
        "Content-Type": "application/pdf",
        ...(file.sizeBytes === null ? {} : { "Content-Length": String(file.sizeBytes) }),
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
