import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { previewRuleSet } from "@/lib/commissions/rule-sets/preview-rule-set";
import { ZRuleSetId, ZRuleSetPreview } from "@/lib/commissions/rule-sets/schemas";

// POST /api/commissions/rule-sets/{id}/preview - how the version would have charged the last 1,000 priced invoices
export const POST = withAuth(
  async ({ params }) => NextResponse.json(ZRuleSetPreview.parse(await previewRuleSet({ id: ZRuleSetId.parse(params.id) }))),
  { roles: ["ADMIN"] },
);
