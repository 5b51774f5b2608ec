import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { reissueCertificate } from "@/lib/certificates/reissue-certificate";
import { ZVoidCertificateBody } from "@/lib/certificates/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/certificates/:id/reissue { reason } - void with the reason and issue a linked replacement (Admin)
export const POST = withAuth(
  async ({ req, params, user }) => {
    const { reason } = ZVoidCertificateBody.parse(await readJsonBody(req));
    const result = await reissueCertificate({
      certificateId: typeof params.id === "string" ? params.id : "",
      reason,
      actor: user,
      requestOrigin: req.nextUrl.origin,
    });
    return NextResponse.json(result, { status: 201 });
  },
  { roles: ["ADMIN"] },
);
