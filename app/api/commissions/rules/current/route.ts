import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getRuleSetInForceDetail } from "@/lib/commissions/get-rule-set-in-force-detail";
import { ZRuleSetInForce } from "@/lib/commissions/schemas";

// GET /api/commissions/rules/current - the rule-set version that prices invoices registered today
export const GET = withAuth(
  async () => NextResponse.json(ZRuleSetInForce.parse(await getRuleSetInForceDetail())),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
