import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { runRetention } from "@/lib/pipeline/run-retention";
import { getRetentionReport } from "./get-retention-report";

const NOW = new Date("2026-12-02T12:00:00Z");
let uploadedById: string;

const createInvoice = (createdAt: Date, number: string) => {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  return db.invoice.create({
    data: { sourceType: "XML", sha256, storageKey: `sha256/${sha256}`, originalFilename: `${number}.xml`, mimeType: "application/xml", sizeBytes: 1, uploadedById, number, createdAt },
  });
};

beforeAll(async () => {
  uploadedById = (await db.user.create({ data: { email: "op@retention.test", name: "Op", role: "OPERATOR" } })).id;
});

describe("getRetentionReport", () => {
  test("lists what is past 7 years, marked or not yet, and nothing is deleted by marking", async () => {
    const oldest = await createInvoice(new Date("2018-01-15T00:00:00Z"), "OLD1");
    const old = await createInvoice(new Date("2019-06-01T00:00:00Z"), "OLD2");
    await createInvoice(new Date("2024-03-01T00:00:00Z"), "NEW1");

    const before = await getRetentionReport({ now: NOW, years: 7 });
    expect(before).toMatchObject({
      retentionYears: 7,
      cutoff: "2019-12-02T12:00:00.000Z",
      invoices: { total: 3, pastRetention: 2, marked: 0, pastRetentionUnmarked: 2, oldestCreatedAt: "2018-01-15T00:00:00.000Z" },
      certificates: { total: 0, pastRetention: 0, oldestCreatedAt: null },
      markedInvoices: [],
    });

    await runRetention({ now: NOW, years: 7 });
    const after = await getRetentionReport({ now: NOW, years: 7, limit: 1 });
    expect(after.invoices).toMatchObject({ total: 3, pastRetention: 2, marked: 2, pastRetentionUnmarked: 0 });
    expect(after.markedInvoices).toEqual([
      { id: oldest.id, number: "OLD1", status: "RECEIVED", originalFilename: "OLD1.xml", createdAt: "2018-01-15T00:00:00.000Z", retentionExpiredAt: NOW.toISOString() },
    ]);
    expect(after.auditEvents.total).toBe(before.auditEvents.total + 1);
    expect(await db.invoice.findUnique({ where: { id: old.id } })).not.toBeNull();
  });
});
