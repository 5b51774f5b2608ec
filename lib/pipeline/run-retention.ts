import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { retentionCutoff } from "@/lib/retention/retention-cutoff";

export type RunRetentionOptions = { now?: Date; years?: number };

/**
 * The daily retention job: invoices uploaded more than the retention period ago (7 years) are marked with the day
 * their period ended. Nothing is deleted, audit events least of all: purging is a decision for people, and the
 * mark tells them which records they may purge. Marking is done once per invoice.
 */
export const runRetention = async ({ now = new Date(), years = getEnv().RETENTION_YEARS }: RunRetentionOptions = {}) => {
  const cutoff = retentionCutoff(now, years);
  const marked = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Invoice" SET "retentionExpiredAt" = ${now}
      WHERE "retentionExpiredAt" IS NULL AND "createdAt" < ${cutoff}
      RETURNING "id"::text AS id`;
    if (rows.length > 0) {
      await recordAuditEvent({
        tx,
        actor: null,
        action: "retention.marked",
        entityType: "Invoice",
        entityId: "*",
        after: { count: rows.length, cutoff: cutoff.toISOString(), invoiceIds: rows.map((row) => row.id) },
      });
    }
    return rows.length;
  });
  return { marked, cutoff: cutoff.toISOString() };
};
