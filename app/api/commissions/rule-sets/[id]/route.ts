import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { deleteDraftRuleSet } from "@/lib/commissions/rule-sets/delete-draft-rule-set";
import { getRuleSet } from "@/lib/commissions/rule-sets/get-rule-set";
import { ZRuleSetDetail, ZRuleSetId, ZUpdateDraftRuleSetRequest } from "@/lib/commissions/rule-sets/schemas";
import { updateDraftRuleSet } from "@/lib/commissions/rule-sets/update-draft-rule-set";

// GET /api/commissions/rule-sets/{id} - one version with its rules
export const GET = withAuth(
  async ({ params }) => NextResponse.json(ZRuleSetDetail.parse(await getRuleSet({ id: ZRuleSetId.parse(params.id) }))),
  { roles: ["ADMIN"] },
);

// PUT /api/commissions/rule-sets/{id} - replace a draft's content ({ expectedUpdatedAt, draft }); 409 when stale or published
export const PUT = withAuth(
  async ({ req, params, user }) => {
    const id = ZRuleSetId.parse(params.id);
    const { expectedUpdatedAt, draft } = ZUpdateDraftRuleSetRequest.parse(await readJsonBody(req));
    return NextResponse.json(ZRuleSetDetail.parse(await updateDraftRuleSet({ id, expectedUpdatedAt, draft, actor: user })));
  },
  { roles: ["ADMIN"] },
);

// DELETE /api/commissions/rule-sets/{id} - discard a draft; 409 for a published version
export const DELETE = withAuth(
  async ({ params, user }) => NextResponse.json(await deleteDraftRuleSet({ id: ZRuleSetId.parse(params.id), actor: user })),
  { roles: ["ADMIN"] },
);
