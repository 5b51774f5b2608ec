import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { saveCorrections } from "@/lib/review/save-corrections";
import { ZCorrectionsBody } from "@/lib/review/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// PATCH /api/invoices/:id/corrections { header?, lines? } - the lock holder's corrections, audited and revalidated; answers the invoice as reviewed now
export const PATCH = withAuth(
  async ({ req, params, user }) => {
    const corrections = ZCorrectionsBody.parse(await readJsonBody(req));
    return NextResponse.json(await saveCorrections({ invoiceId: typeof params.id === "string" ? params.id : "", corrections, user }));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
