/**
 * The invariants the pipeline keeps whatever happens to the process, checked straight in the database and the
 * object store after a run: what the fault test asserts and the pipeline benchmark reports.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { createLocalStorage } from "@/lib/storage/create-local-storage";

export type AcceptedUpload = { invoiceId: string; sha256: string };

/** Where the pipeline leaves an invoice for good or for an operator. */
export const SETTLED_STATUSES = ["CERTIFIED", "NEEDS_REVIEW", "REJECTED", "FAILED"] as const;

export type PipelineCheckReport = {
  accepted: number;
  byStatus: Record<string, number>;
  commissions: number;
  certificates: number;
  violations: string[];
};

const hashObject = async (storage: ReturnType<typeof createLocalStorage>, key: string, sha256: string) => {
  const hash = createHash("sha256");
  for await (const chunk of await storage.getObject({ key, sha256 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
};

type InvoiceRow = { id: string; sha256: string; status: string; storageKey: string; failureReason: string | null };
type AuditRow = { entityId: string; before: { status?: string } | null; after: { status?: string } | null };

export const checkPipelineInvariants = async ({
  databaseUrl,
  storageDir,
  accepted,
}: {
  databaseUrl: string;
  storageDir: string;
  accepted: AcceptedUpload[];
}): Promise<PipelineCheckReport> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const storage = createLocalStorage({ rootDir: storageDir });
  const violations: string[] = [];
  try {
    const ids = [...new Set(accepted.map((upload) => upload.invoiceId))];
    const invoices = new Map(
      (
        await client.query<InvoiceRow>(
          `SELECT id, sha256, status, "storageKey", "failureReason" FROM "Invoice" WHERE id = ANY($1::uuid[])`,
          [ids],
        )
      ).rows.map((row) => [row.id, row]),
    );
    const byStatus: Record<string, number> = {};
    for (const upload of accepted) {
      const invoice = invoices.get(upload.invoiceId);
      if (!invoice) {
        violations.push(`${upload.invoiceId}: accepted upload has no invoice row`);
        continue;
      }
      if (invoice.sha256 !== upload.sha256) violations.push(`${invoice.id}: row SHA-256 differs from the uploaded bytes`);
      try {
        const stored = await hashObject(storage, invoice.storageKey, invoice.sha256);
        if (stored !== upload.sha256) violations.push(`${invoice.id}: stored object SHA-256 ${stored} differs`);
      } catch (error) {
        violations.push(`${invoice.id}: stored object unreadable (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    for (const invoice of invoices.values()) {
      byStatus[invoice.status] = (byStatus[invoice.status] ?? 0) + 1;
      if (!(SETTLED_STATUSES as readonly string[]).includes(invoice.status)) {
        violations.push(`${invoice.id}: still ${invoice.status}`);
      }
      if (invoice.status === "FAILED") violations.push(`${invoice.id}: FAILED (${invoice.failureReason ?? "sin motivo"})`);
    }

    const commissions = await client.query<{ invoiceId: string; count: string }>(
      `SELECT "invoiceId", count(*) FROM "Commission" WHERE "invoiceId" = ANY($1::uuid[]) GROUP BY 1`,
      [ids],
    );
    const certificates = await client.query<{ invoiceId: string; count: string }>(
      `SELECT "invoiceId", count(*) FROM "Certificate" WHERE "invoiceId" = ANY($1::uuid[]) AND "voidedAt" IS NULL GROUP BY 1`,
      [ids],
    );
    const commissionCount = new Map(commissions.rows.map((row) => [row.invoiceId, Number(row.count)]));
    const certificateCount = new Map(certificates.rows.map((row) => [row.invoiceId, Number(row.count)]));
    for (const invoice of invoices.values()) {
      const commissionsOfInvoice = commissionCount.get(invoice.id) ?? 0;
      const certificatesOfInvoice = certificateCount.get(invoice.id) ?? 0;
      if (commissionsOfInvoice > 1) violations.push(`${invoice.id}: ${commissionsOfInvoice} commissions`);
      if (certificatesOfInvoice > 1) violations.push(`${invoice.id}: ${certificatesOfInvoice} certificates in force`);
      if (invoice.status === "CERTIFIED" && (commissionsOfInvoice !== 1 || certificatesOfInvoice !== 1)) {
        violations.push(`${invoice.id}: CERTIFIED with ${commissionsOfInvoice} commission(s), ${certificatesOfInvoice} certificate(s)`);
      }
    }

    const gaps = await client.query<{ year: number; count: string; max: number }>(
      `SELECT year, count(*), max(sequence) FROM "Certificate" GROUP BY year`,
    );
    for (const { year, count, max } of gaps.rows) {
      if (Number(count) !== max) violations.push(`certificates of ${year}: ${count} issued but the last number is ${max} (gap)`);
    }

    const audit = await client.query<AuditRow>(
      `SELECT "entityId", before, after FROM "AuditEvent" WHERE "entityType" = 'Invoice' AND "entityId" = ANY($1::text[]) ORDER BY id`,
      [ids],
    );
    const trails = new Map<string, AuditRow[]>();
    for (const event of audit.rows) trails.set(event.entityId, [...(trails.get(event.entityId) ?? []), event]);
    for (const invoice of invoices.values()) {
      // The status changes, in order, as the audit trail records them.
      const trail = (trails.get(invoice.id) ?? []).filter((event) => event.after?.status);
      let previous = "RECEIVED";
      for (const event of trail) {
        if (event.before?.status && event.before.status !== previous) {
          violations.push(`${invoice.id}: audited change from ${event.before.status} but the invoice was ${previous}`);
        }
        previous = event.after!.status!;
      }
      if (previous !== invoice.status) violations.push(`${invoice.id}: is ${invoice.status} but its audit trail ends at ${previous}`);
    }

    return {
      accepted: accepted.length,
      byStatus,
      commissions: [...commissionCount.values()].reduce((sum, count) => sum + count, 0),
      certificates: [...certificateCount.values()].reduce((sum, count) => sum + count, 0),
      violations,
    };
  } finally {
    await client.end();
  }
};
