import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { publishRuleSet } from "@/lib/commissions/rule-sets/publish-rule-set";
import { ZPublishRuleSetRequest, ZRuleSetDetail, ZRuleSetId } from "@/lib/commissions/rule-sets/schemas";

// POST /api/commissions/rule-sets/{id}/publish - { effectiveFrom: YYYY-MM-DD, expectedUpdatedAt }; the draft becomes immutable
export const POST = withAuth(
  async ({ req, params, user }) => {
    const id = ZRuleSetId.parse(params.id);
    const request = ZPublishRuleSetRequest.parse(await readJsonBody(req));
    return NextResponse.json(ZRuleSetDetail.parse(await publishRuleSet({ id, ...request, actor: user })));
  },
  { roles: ["ADMIN"] },
);
