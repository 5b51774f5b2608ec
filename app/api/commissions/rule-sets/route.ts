import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { createDraftRuleSet } from "@/lib/commissions/rule-sets/create-draft-rule-set";
import { listRuleSets } from "@/lib/commissions/rule-sets/list-rule-sets";
import { ZRuleSetDetail, ZRuleSetList } from "@/lib/commissions/rule-sets/schemas";

// GET /api/commissions/rule-sets - every rule-set version with its status, dates and who created/published it
export const GET = withAuth(async () => NextResponse.json(ZRuleSetList.parse(await listRuleSets())), { roles: ["ADMIN"] });

// POST /api/commissions/rule-sets - a new draft copied from the latest published version (409 if a draft exists)
export const POST = withAuth(
  async ({ user }) => NextResponse.json(ZRuleSetDetail.parse(await createDraftRuleSet({ actor: user })), { status: 201 }),
  { roles: ["ADMIN"] },
);
