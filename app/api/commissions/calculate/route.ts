import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { calculateInvoiceCommission } from "@/lib/commissions/calculate-invoice-commission";
import { ZCalculateCommissionRequest, ZCommissionDetail } from "@/lib/commissions/schemas";

// POST /api/commissions/calculate - price an approved invoice (idempotent: a repeat returns the stored commission)
export const POST = withAuth(
  async ({ req, user }) => {
    const { invoiceId } = ZCalculateCommissionRequest.parse(await readJsonBody(req));
    return NextResponse.json(ZCommissionDetail.parse(await calculateInvoiceCommission({ invoiceId, actor: user })));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
