import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { findRuleSetInForceId } from "./find-rule-set-in-force-id";
import { loadDraftForChange } from "./load-draft-for-change";
import type { TRuleSetDetail } from "./schemas";
import { RULE_SET_DETAIL_INCLUDE, toRuleSetDetail } from "./to-rule-set-detail";
import { toRuleSetWriteError } from "./to-rule-set-write-error";
import { validateRuleSetDraft } from "./validate-rule-set-draft";

export type UpdateDraftRuleSetOptions = {
  id: string;
  /** updatedAt of the draft as the editor loaded it (optimistic concurrency). */
  expectedUpdatedAt: string;
  /** Parsed here with the shared schema, then checked against the database. */
  draft: unknown;
  actor: { id: string; email: string };
};

/** Replaces a draft's fields and all its rules; audited with the version before and after. */
export const updateDraftRuleSet = async ({ id, expectedUpdatedAt, draft, actor }: UpdateDraftRuleSetOptions): Promise<TRuleSetDetail> => {
  const input = await validateRuleSetDraft({ draft });
  try {
    return await db.$transaction(async (tx) => {
      const current = await loadDraftForChange({ tx, id, expectedUpdatedAt });
      const inForceId = await findRuleSetInForceId({ tx });
      await tx.commissionRule.deleteMany({ where: { ruleSetId: id } });
      const updated = await tx.commissionRuleSet.update({
        where: { id },
        data: {
          description: input.description,
          feeRateBps: input.feeRateBps,
          feeMin: input.feeMin,
          feeMax: input.feeMax,
          commissionRateBps: input.commissionRateBps,
          commissionMin: input.commissionMin,
          commissionMax: input.commissionMax,
          maxInvoiceAgeDays: input.maxInvoiceAgeDays,
          rules: {
            create: input.rules.map((rule) => ({
              kind: rule.kind,
              classificationCode: rule.kind === "CLASSIFICATION_RATE" ? rule.classificationCode : null,
              category: rule.kind === "CATEGORY_RATE" ? rule.category : null,
              minAmount: rule.kind === "AMOUNT_BRACKET" ? rule.minAmount : null,
              maxAmount: rule.kind === "AMOUNT_BRACKET" ? rule.maxAmount : null,
              feeRateBps: rule.feeRateBps,
              commissionRateBps: rule.commissionRateBps,
            })),
          },
        },
        include: RULE_SET_DETAIL_INCLUDE,
      });
      const after = toRuleSetDetail({ row: updated, inForceId });
      await recordAuditEvent({
        tx,
        actor,
        action: "commission-rule-set.draft-updated",
        entityType: "CommissionRuleSet",
        entityId: id,
        before: toRuleSetDetail({ row: current, inForceId }),
        after,
      });
      return after;
    });
  } catch (error) {
    throw toRuleSetWriteError(error);
  }
};
