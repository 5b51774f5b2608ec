import { NextResponse } from "next/server";
import { z } from "zod";
import { withAuth } from "@/lib/api/with-auth";
import { getCommission } from "@/lib/commissions/get-commission";
import { ZCommissionDetail } from "@/lib/commissions/schemas";

// GET /api/commissions/{invoiceId} - an invoice's commission with its per-line breakdown
export const GET = withAuth(
  async ({ params }) => {
    const invoiceId = z.uuid().parse(params.invoiceId);
    return NextResponse.json(ZCommissionDetail.parse(await getCommission({ invoiceId })));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
