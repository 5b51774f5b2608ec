import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { loadDraftForChange } from "./load-draft-for-change";
import { toRuleSetDetail } from "./to-rule-set-detail";
import { toRuleSetWriteError } from "./to-rule-set-write-error";

export type DeleteDraftRuleSetOptions = { id: string; actor: { id: string; email: string } };

/** Discards a draft (its rules go with it); published versions stay forever. The audit keeps what was discarded. */
export const deleteDraftRuleSet = async ({ id, actor }: DeleteDraftRuleSetOptions): Promise<{ id: string; version: number }> => {
  try {
    return await db.$transaction(async (tx) => {
      const current = await loadDraftForChange({ tx, id, expectedUpdatedAt: null });
      await tx.commissionRuleSet.delete({ where: { id } });
      await recordAuditEvent({
        tx,
        actor,
        action: "commission-rule-set.draft-deleted",
        entityType: "CommissionRuleSet",
        entityId: id,
        before: toRuleSetDetail({ row: current, inForceId: null }),
      });
      return { id, version: current.version };
    });
  } catch (error) {
    throw toRuleSetWriteError(error);
  }
};
