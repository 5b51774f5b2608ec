import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { ZVoidCertificateBody } from "@/lib/certificates/schemas";
import { voidCertificate } from "@/lib/certificates/void-certificate";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/certificates/:id/void { reason } - void without replacement (Admin)
export const POST = withAuth(
  async ({ req, params, user }) => {
    const { reason } = ZVoidCertificateBody.parse(await readJsonBody(req));
    return NextResponse.json(await voidCertificate({ certificateId: typeof params.id === "string" ? params.id : "", reason, actor: user }));
  },
  { roles: ["ADMIN"] },
);
