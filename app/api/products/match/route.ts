import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { matchInvoiceLines } from "@/lib/matching/match-invoice-lines";
import { ZMatchLinesRequest, ZMatchLinesResult } from "@/lib/matching/schemas";

// POST /api/products/match - an invoice's lines in, the top catalog candidates of each line out
export const POST = withAuth(
  async ({ req }) => {
    const request = ZMatchLinesRequest.parse(await readJsonBody(req));
    return NextResponse.json(ZMatchLinesResult.parse(await matchInvoiceLines(request)));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
