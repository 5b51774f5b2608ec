import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { retentionCutoff } from "./retention-cutoff";
import { ZRetentionReport, type TRetentionReport } from "./schemas";

export type GetRetentionReportOptions = { now?: Date; years?: number; limit?: number };

/**
 * What the retention period has reached: invoices (marked by the daily job or not yet), certificates and audit
 * events created before the cutoff. Nothing is ever deleted automatically; this is what people decide from.
 */
export const getRetentionReport = async ({
  now = new Date(),
  years = getEnv().RETENTION_YEARS,
  limit = 100,
}: GetRetentionReportOptions = {}): Promise<TRetentionReport> => {
  const cutoff = retentionCutoff(now, years);
  const [invoices, certificates, auditEvents, markedInvoices] = await Promise.all([
    db.$queryRaw<{ total: number; pastRetention: number; marked: number; pastRetentionUnmarked: number; oldestCreatedAt: Date | null }[]>`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE "createdAt" < ${cutoff})::int AS "pastRetention",
             count(*) FILTER (WHERE "retentionExpiredAt" IS NOT NULL)::int AS marked,
             count(*) FILTER (WHERE "createdAt" < ${cutoff} AND "retentionExpiredAt" IS NULL)::int AS "pastRetentionUnmarked",
             min("createdAt") AS "oldestCreatedAt"
      FROM "Invoice"`,
    db.$queryRaw<{ total: number; pastRetention: number; oldestCreatedAt: Date | null }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE "issuedAt" < ${cutoff})::int AS "pastRetention",
             min("issuedAt") AS "oldestCreatedAt"
      FROM "Certificate"`,
    db.$queryRaw<{ total: number; pastRetention: number; oldestCreatedAt: Date | null }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE "createdAt" < ${cutoff})::int AS "pastRetention",
             min("createdAt") AS "oldestCreatedAt"
      FROM "AuditEvent"`,
    db.invoice.findMany({
      where: { retentionExpiredAt: { not: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, number: true, status: true, originalFilename: true, createdAt: true, retentionExpiredAt: true },
    }),
  ]);
  const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
  const age = <T extends { oldestCreatedAt: Date | null }>(row: T | undefined) => ({ ...row, oldestCreatedAt: iso(row?.oldestCreatedAt) });
  return ZRetentionReport.parse({
    retentionYears: years,
    cutoff: cutoff.toISOString(),
    invoices: age(invoices[0]),
    certificates: age(certificates[0]),
    auditEvents: age(auditEvents[0]),
    markedInvoices: markedInvoices.map((invoice) => ({
      ...invoice,
      createdAt: invoice.createdAt.toISOString(),
      retentionExpiredAt: iso(invoice.retentionExpiredAt),
    })),
  });
};
