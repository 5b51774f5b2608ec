import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findRuleSetInForceId } from "./find-rule-set-in-force-id";
import type { TRuleSetDetail } from "./schemas";
import { RULE_SET_DETAIL_INCLUDE, toRuleSetDetail } from "./to-rule-set-detail";
import { toRuleSetWriteError } from "./to-rule-set-write-error";

export type CreateDraftRuleSetOptions = { actor: { id: string; email: string } };

/**
 * A new DRAFT version (max version + 1) holding a copy of the latest published version: the one in force, or
 * the one already scheduled to follow it, so that a scheduled change is never silently dropped by the next draft.
 * One draft at a time: a second is a CONFLICT, because two drafts would race to publish and the later would
 * silently discard the other's changes.
 */
export const createDraftRuleSet = async ({ actor }: CreateDraftRuleSetOptions): Promise<TRuleSetDetail> => {
  try {
    const created = await db.$transaction(async (tx) => {
      const existingDraft = await tx.commissionRuleSet.findFirst({ where: { status: "DRAFT" }, select: { version: true } });
      if (existingDraft) {
        throw new AppError("CONFLICT", {
          message: `Ya hay un borrador (versión ${existingDraft.version}). Edítelo o elimínelo antes de crear otro.`,
        });
      }
      const source = await tx.commissionRuleSet.findFirst({
        where: { status: "PUBLISHED" },
        orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
        include: { rules: true },
      });
      if (!source) {
        throw new AppError("NO_RULE_SET_IN_FORCE", { message: "No hay una versión publicada de la cual partir." });
      }
      const { _max } = await tx.commissionRuleSet.aggregate({ _max: { version: true } });
      const draft = await tx.commissionRuleSet.create({
        data: {
          version: (_max.version ?? 0) + 1,
          status: "DRAFT",
          description: source.description,
          feeRateBps: source.feeRateBps,
          feeMin: source.feeMin,
          feeMax: source.feeMax,
          commissionRateBps: source.commissionRateBps,
          commissionMin: source.commissionMin,
          commissionMax: source.commissionMax,
          maxInvoiceAgeDays: source.maxInvoiceAgeDays,
          basedOnVersion: source.version,
          createdById: actor.id,
          rules: {
            create: source.rules.map((rule) => ({
              kind: rule.kind,
              classificationCode: rule.classificationCode,
              category: rule.category,
              minAmount: rule.minAmount,
              maxAmount: rule.maxAmount,
              feeRateBps: rule.feeRateBps,
              commissionRateBps: rule.commissionRateBps,
            })),
          },
        },
        include: RULE_SET_DETAIL_INCLUDE,
      });
      const detail = toRuleSetDetail({ row: draft, inForceId: await findRuleSetInForceId({ tx }) });
      await recordAuditEvent({
        tx,
        actor,
        action: "commission-rule-set.draft-created",
        entityType: "CommissionRuleSet",
        entityId: draft.id,
        after: detail,
      });
      return detail;
    });
    return created;
  } catch (error) {
    throw toRuleSetWriteError(error);
  }
};
