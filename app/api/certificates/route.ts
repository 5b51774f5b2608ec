import { NextResponse, type NextRequest } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { findCertificates } from "@/lib/certificates/find-certificates";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { ZIssueCertificateBody } from "@/lib/certificates/schemas";
import { ZPageQuery } from "@/lib/invoices/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/certificates?page&pageSize - certificates newest first, current and voided
export const GET = withAuth(
  async ({ req }: { req: NextRequest }) => NextResponse.json(await findCertificates(ZPageQuery.parse(readSearchParams(req)))),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);

// POST /api/certificates { invoiceId } - issue the certificate of a priced invoice (idempotent: 200 with the existing one)
export const POST = withAuth(
  async ({ req, user }) => {
    const { invoiceId } = ZIssueCertificateBody.parse(await readJsonBody(req));
    const result = await issueCertificate({ invoiceId, actor: user, requestOrigin: req.nextUrl.origin });
    return NextResponse.json(result, { status: result.created ? 201 : 200 });
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
