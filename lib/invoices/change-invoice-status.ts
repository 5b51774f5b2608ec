import { db, type DbTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TInvoiceStatus } from "@/lib/invoices/schemas";

export type InvoiceStatusActor = { id: string; email: string } | null;

/** The columns that move with a status: the failure's reason, the point a retry resumes from, the owning run. */
export type InvoiceStatusColumns = {
  failureCode?: string | null;
  failureReason?: string | null;
  statusBeforeFailure?: TInvoiceStatus | null;
  pipelineRunId?: string | null;
  retryCount?: number;
};

export type ChangeInvoiceStatusOptions = {
  /** The caller's transaction when the change belongs to a larger unit of work; alone it is atomic by itself. */
  tx?: DbTransaction;
  invoiceId: string;
  from: TInvoiceStatus;
  to: TInvoiceStatus;
  actor: InvoiceStatusActor;
  /** Other columns written with the status. */
  data?: InvoiceStatusColumns;
  /** Recorded in the audit entry beside the new status (reasons, decision…). */
  details?: Record<string, Prisma.InputJsonValue | null>;
};

const assignments = (data: InvoiceStatusColumns) =>
  [
    data.failureCode !== undefined && Prisma.sql`"failureCode" = ${data.failureCode}`,
    data.failureReason !== undefined && Prisma.sql`"failureReason" = ${data.failureReason}`,
    data.statusBeforeFailure !== undefined && Prisma.sql`"statusBeforeFailure" = ${data.statusBeforeFailure}::"InvoiceStatus"`,
    data.pipelineRunId !== undefined && Prisma.sql`"pipelineRunId" = ${data.pipelineRunId}`,
    data.retryCount !== undefined && Prisma.sql`"retryCount" = ${data.retryCount}`,
  ].filter((assignment): assignment is Prisma.Sql => assignment !== false);

/**
 * Moves an invoice from one status to the next and audits it, only if it is still in `from`: the compare-and-set
 * that makes every pipeline step safe to run twice (the second run changes nothing and records nothing). One
 * statement does both, so the audit entry exists exactly when the status moved, with or without a transaction
 * around it; every pipeline step passes through here, and the round trips saved are its throughput.
 */
export const changeInvoiceStatus = async ({ tx = db, invoiceId, from, to, actor, data = {}, details }: ChangeInvoiceStatusOptions) => {
  const set = Prisma.join([Prisma.sql`"status" = ${to}::"InvoiceStatus"`, Prisma.sql`"updatedAt" = now()`, ...assignments(data)]);
  const audited = await tx.$executeRaw`
    WITH moved AS (
      UPDATE "Invoice" SET ${set}
      WHERE "id" = ${invoiceId}::uuid AND "status" = ${from}::"InvoiceStatus"
      RETURNING "id"
    )
    INSERT INTO "AuditEvent" ("actorId", "actorEmail", "action", "entityType", "entityId", "before", "after")
    SELECT ${actor?.id ?? null}::uuid, ${actor?.email ?? null}, 'invoice.status-changed', 'Invoice', moved."id"::text,
           ${JSON.stringify({ status: from })}::jsonb, ${JSON.stringify({ status: to, ...details })}::jsonb
    FROM moved`;
  return audited > 0;
};
