import { finished } from "node:stream/promises";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage/get-storage";
import type { ObjectStorage } from "@/lib/storage/types";
import { getLogger } from "@/lib/logging/logger";

export type RunIntegrityCheckOptions = { sampleSize?: number; storage?: ObjectStorage };

export type TIntegrityProblem = { entityType: "Invoice" | "Certificate"; id: string; key: string; code: string };

export type TIntegrityReport = { checked: number; mismatches: TIntegrityProblem[] };

type StoredObject = { entityType: TIntegrityProblem["entityType"]; id: string; storageKey: string; sha256: string };

const checkObject = async (storage: ObjectStorage, object: StoredObject): Promise<TIntegrityProblem | null> => {
  try {
    const stream = await storage.getObject({ key: object.storageKey, sha256: object.sha256 });
    stream.resume();
    await finished(stream);
    return null;
  } catch (error) {
    const code = error instanceof AppError ? error.code : "STORAGE_READ_FAILED";
    return { entityType: object.entityType, id: object.id, key: object.storageKey, code };
  }
};

/**
 * The daily integrity check: re-reads a random sample of stored invoices and certificates, hashing every byte
 * against the SHA-256 recorded at upload or issue, and records the result in the audit log (the mismatches by id).
 * Objects are read one at a time to keep the job's memory and I/O flat.
 */
export const runIntegrityCheck = async ({
  sampleSize = getEnv().INTEGRITY_SAMPLE_SIZE,
  storage = getStorage(),
}: RunIntegrityCheckOptions = {}): Promise<TIntegrityReport> => {
  const [invoices, certificates] = await Promise.all([
    db.$queryRaw<StoredObject[]>`
      SELECT 'Invoice' AS "entityType", "id"::text AS id, "storageKey", "sha256" FROM "Invoice" ORDER BY random() LIMIT ${sampleSize}`,
    db.$queryRaw<StoredObject[]>`
      SELECT 'Certificate' AS "entityType", "id"::text AS id, "storageKey", "sha256" FROM "Certificate" ORDER BY random() LIMIT ${sampleSize}`,
  ]);
  const mismatches: TIntegrityProblem[] = [];
  for (const object of [...invoices, ...certificates]) {
    const problem = await checkObject(storage, object);
    if (problem) mismatches.push(problem);
  }
  const report = { checked: invoices.length + certificates.length, mismatches };
  await recordAuditEvent({ actor: null, action: "storage.integrity-checked", entityType: "Storage", entityId: storage.driver, after: report });
  if (mismatches.length > 0) getLogger().error({ mismatches }, `Integrity check: ${mismatches.length} stored object(s) do not match their SHA-256`);
  return report;
};
