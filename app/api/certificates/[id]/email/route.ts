import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { emailCertificate } from "@/lib/certificates/email-certificate";
import { ZEmailCertificateBody } from "@/lib/certificates/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/certificates/:id/email { to: email[1..5], message? } - send the PDF with its verification link
export const POST = withAuth(
  async ({ req, params, user }) => {
    const body = ZEmailCertificateBody.parse(await readJsonBody(req));
    return NextResponse.json(await emailCertificate({ certificateId: typeof params.id === "string" ? params.id : "", ...body, actor: user }));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
