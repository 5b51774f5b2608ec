import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type DbTransaction } from "@/lib/db";

export type RecordAuditEventOptions = {
  /** Null for the system (seed, pipeline steps, scheduled jobs). */
  actor: { id: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  /** Pass the transaction client so the audit entry commits or rolls back with the change it records. */
  tx?: DbTransaction;
};

export const recordAuditEvent = async ({ actor, tx = db, ...event }: RecordAuditEventOptions) =>
  tx.auditEvent.create({ data: { ...event, actorId: actor?.id ?? null, actorEmail: actor?.email ?? null } });
