import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatCalendarDate } from "@/lib/format/format-date";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { findRuleSetInForceId } from "./find-rule-set-in-force-id";
import { loadDraftForChange } from "./load-draft-for-change";
import type { TRuleSetDetail } from "./schemas";
import { RULE_SET_DETAIL_INCLUDE, toRuleSetDetail } from "./to-rule-set-detail";
import { toRuleSetWriteError } from "./to-rule-set-write-error";
import { validateRuleSetDraft } from "./validate-rule-set-draft";

export type PublishRuleSetOptions = {
  id: string;
  /** YYYY-MM-DD: the first Bogotá registration date this version prices. */
  effectiveFrom: string;
  /** updatedAt of the draft as the publisher reviewed it: what was previewed is what gets published. */
  expectedUpdatedAt: string;
  actor: { id: string; email: string };
  now?: Date;
};

const refuseDate = (message: string) =>
  new AppError("INVALID_INPUT", { message, details: [{ path: "effectiveFrom", message }] });

/**
 * DRAFT → PUBLISHED with an effective date. The past is never rewritten: the date is today (Bogotá) or later,
 * not before the latest published version's date, and not on or before a registration date some invoice was
 * already priced on (that invoice would then read as priced by the wrong version). Rules were written while the
 * set was a draft; from here the database trigger refuses any change.
 */
export const publishRuleSet = async ({ id, effectiveFrom, expectedUpdatedAt, actor, now = new Date() }: PublishRuleSetOptions): Promise<TRuleSetDetail> => {
  const today = toBogotaIsoDate(now);
  if (effectiveFrom < today) {
    throw refuseDate(`La fecha efectiva no puede ser anterior a hoy (${formatCalendarDate(today)}).`);
  }
  const effectiveDate = new Date(`${effectiveFrom}T00:00:00Z`);
  try {
    return await db.$transaction(async (tx) => {
      const current = await loadDraftForChange({ tx, id, expectedUpdatedAt });
      const before = toRuleSetDetail({ row: current, inForceId: await findRuleSetInForceId({ tx, now }) });
      // A draft saved under an older catalog (or copied from a version saved before a check existed) is checked again.
      await validateRuleSetDraft({ draft: before });

      const latest = await tx.commissionRuleSet.findFirst({
        where: { status: "PUBLISHED" },
        orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
        select: { version: true, effectiveFrom: true },
      });
      if (latest?.effectiveFrom && latest.effectiveFrom > effectiveDate) {
        throw refuseDate(
          `La fecha efectiva no puede ser anterior a la de la versión ${latest.version} (${formatCalendarDate(latest.effectiveFrom)}).`,
        );
      }
      const pricedLater = await tx.commission.findFirst({
        where: { registeredOn: { gte: effectiveDate } },
        orderBy: { registeredOn: "desc" },
        select: { registeredOn: true },
      });
      if (pricedLater) {
        throw refuseDate(
          `Ya hay facturas liquidadas con fecha de registro ${formatCalendarDate(pricedLater.registeredOn)}; la fecha efectiva debe ser posterior.`,
        );
      }

      const published = await tx.commissionRuleSet.update({
        where: { id },
        data: { status: "PUBLISHED", effectiveFrom: effectiveDate, publishedAt: now, publishedById: actor.id },
        include: RULE_SET_DETAIL_INCLUDE,
      });
      const after = toRuleSetDetail({ row: published, inForceId: await findRuleSetInForceId({ tx, now }) });
      await recordAuditEvent({
        tx,
        actor,
        action: "commission-rule-set.published",
        entityType: "CommissionRuleSet",
        entityId: id,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    throw toRuleSetWriteError(error);
  }
};
