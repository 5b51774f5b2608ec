import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createLocalStorage } from "@/lib/storage/create-local-storage";
import { announceInvoices } from "./announce-invoices";
import { createBatch } from "./create-batch";
import type { TPipelineEvent } from "./events";
import { failInvoice } from "./fail-invoice";
import { getBatchProgress } from "./get-batch-progress";
import { getInvoiceTimeline } from "./get-invoice-timeline";
import { markUrgent } from "./mark-urgent";
import { recordPipelineStep } from "./record-pipeline-step";
import { requeueStuckInvoices } from "./requeue-stuck-invoices";
import { retryFailedInvoice } from "./retry-failed-invoice";
import { runIntegrityCheck } from "./run-integrity-check";
import { runRetention } from "./run-retention";

let admin: { id: string; email: string };
const recorder = () => {
  const sent: TPipelineEvent[] = [];
  return { sent, send: async (events: TPipelineEvent[]) => void sent.push(...events) };
};

const createInvoice = async (data: { status?: "RECEIVED" | "APPROVED" | "FAILED"; createdAt?: Date; updatedAt?: Date; sourceType?: "XML" | "PDF" } = {}) => {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  return db.invoice.create({
    data: { sourceType: data.sourceType ?? "XML", sha256, storageKey: `sha256/${sha256}`, originalFilename: "f.xml", mimeType: "application/xml", sizeBytes: 1, uploadedById: admin.id, status: data.status, createdAt: data.createdAt },
  });
};

beforeAll(async () => {
  admin = await db.user.create({ data: { email: "admin@pipeline.test", name: "Admin", role: "ADMIN" }, select: { id: true, email: true } });
});

describe("pipeline operations", () => {
  it("without an Event API an announcement fails softly (the upload stands; the requeue job sends it later)", async () => {
    const invoice = await createInvoice();
    expect(await announceInvoices({ invoices: [{ ...invoice, urgent: false }] })).toBe(false);
  });

  it("a failed invoice keeps where it failed; an Admin retry resumes there with a new event id, once", async () => {
    const invoice = await createInvoice({ status: "APPROVED" });
    expect(await failInvoice({ invoiceId: invoice.id, code: "NO_RULE_SET_IN_FORCE", message: "Sin reglas" })).toEqual({ failed: true });
    expect(await failInvoice({ invoiceId: invoice.id, code: "INTERNAL", message: "otra vez" })).toEqual({ failed: false });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({
      status: "FAILED",
      statusBeforeFailure: "APPROVED",
      failureCode: "NO_RULE_SET_IN_FORCE",
      storageKey: invoice.storageKey,
    });

    const { sent, send } = recorder();
    expect(await retryFailedInvoice({ invoiceId: invoice.id, actor: admin, send })).toEqual({ id: invoice.id, status: "APPROVED", urgent: false, queued: true });
    expect(sent).toEqual([{ name: "invoice/uploaded", id: `invoice:${invoice.sha256}:retry:1`, data: { invoiceId: invoice.id, lane: "parse", urgent: false } }]);
    await expect(retryFailedInvoice({ invoiceId: invoice.id, actor: admin, send })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ status: "APPROVED", retryCount: 1, failureCode: null, pipelineRunId: null });
  });

  it("marking urgent starts an urgent run only for an invoice no run has taken; twice changes nothing", async () => {
    const waiting = await createInvoice({ sourceType: "PDF" });
    const { sent, send } = recorder();
    expect(await markUrgent({ invoiceId: waiting.id, actor: admin, send })).toMatchObject({ urgent: true, queued: true });
    expect(await markUrgent({ invoiceId: waiting.id, actor: admin, send })).toMatchObject({ urgent: true });
    expect(sent).toEqual([{ name: "invoice/uploaded", id: `invoice:${waiting.sha256}:urgent`, data: { invoiceId: waiting.id, lane: "ocr", urgent: true } }]);
    expect(await db.auditEvent.count({ where: { entityId: waiting.id, action: "invoice.marked-urgent" } })).toBe(1);

    const taken = await createInvoice();
    await db.invoice.update({ where: { id: taken.id }, data: { pipelineRunId: "run-1", status: "EXTRACTING" } });
    const second = recorder();
    await markUrgent({ invoiceId: taken.id, actor: admin, send: second.send });
    expect(second.sent).toEqual([]);
  });

  it("a batch links its invoices, fans out one event each and reports progress by status", async () => {
    const invoices = await Promise.all([createInvoice(), createInvoice(), createInvoice({ status: "FAILED" })]);
    const { sent, send } = recorder();
    const batch = await createBatch({ invoiceIds: invoices.map((invoice) => invoice.id), urgent: true, actor: admin, send });
    expect(batch).toMatchObject({ total: 3, finished: 1, failed: 1, needsReview: 0, urgent: true, queued: true, counts: { RECEIVED: 2, FAILED: 1 } });
    expect(sent.map((event) => event.id).sort()).toEqual(invoices.map((invoice) => `invoice:${invoice.sha256}:urgent`).sort());
    await db.invoice.update({ where: { id: invoices[0]!.id }, data: { status: "CERTIFIED" } });
    expect(await getBatchProgress({ batchId: batch.id })).toMatchObject({ finished: 2, counts: { RECEIVED: 1, CERTIFIED: 1, FAILED: 1 } });
    await expect(createBatch({ invoiceIds: [randomUUID()], actor: admin, send })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("requeues received invoices that no run took after a while, with the ids their lost sends had", async () => {
    const now = new Date();
    const old = await createInvoice();
    await db.$executeRaw`UPDATE "Invoice" SET "updatedAt" = ${new Date(now.getTime() - 3_600_000)} WHERE "id" = ${old.id}::uuid`;
    const { sent, send } = recorder();
    await requeueStuckInvoices({ now, olderThanMinutes: 10, send });
    expect(sent.map((event) => event.id)).toContain(`invoice:${old.sha256}`);
    expect(sent.every((event) => event.name === "invoice/uploaded")).toBe(true);
    await db.invoice.update({ where: { id: old.id }, data: { pipelineRunId: "run-x" } });
    const again = recorder();
    await requeueStuckInvoices({ now: new Date(Date.now() + 3_600_000), olderThanMinutes: 10, send: again.send });
    expect(again.sent.map((event) => event.id)).not.toContain(`invoice:${old.sha256}`);
  });

  it("the timeline keeps one line per step attempt, even when a step is recorded twice", async () => {
    const invoice = await createInvoice();
    const base = { invoiceId: invoice.id, runId: "run-t", startedAt: new Date(), durationMs: 12.4 };
    await recordPipelineStep({ ...base, step: "extract", attempt: 0, error: { code: "INTERNAL", message: "timeout" } });
    await recordPipelineStep({ ...base, step: "extract", attempt: 1, output: { claimed: true } });
    await recordPipelineStep({ ...base, step: "extract", attempt: 1, output: { claimed: true } });
    const timeline = await getInvoiceTimeline({ invoiceId: invoice.id });
    expect(timeline.steps.map((step) => [step.step, step.attempt, step.status, step.errorCode, step.durationMs])).toEqual([
      ["extract", 0, "FAILED", "INTERNAL", 12],
      ["extract", 1, "COMPLETED", null, 12],
    ]);
    await expect(getInvoiceTimeline({ invoiceId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("retention marks records past the period once and deletes nothing", async () => {
    const ancient = await createInvoice({ createdAt: new Date("2018-01-10T00:00:00Z") });
    const recent = await createInvoice();
    const now = new Date("2026-11-23T08:00:00Z");
    const auditsBefore = await db.auditEvent.count();
    const first = await runRetention({ now, years: 7 });
    expect(first.marked).toBeGreaterThanOrEqual(1);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: ancient.id } })).retentionExpiredAt).toEqual(now);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: recent.id } })).retentionExpiredAt).toBeNull();
    expect(await runRetention({ now, years: 7 })).toMatchObject({ marked: 0 });
    expect(await db.auditEvent.count()).toBe(auditsBefore + 1);
  });

  it("the integrity check re-hashes stored objects and reports the one that changed", async () => {
    const rootDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-integrity-"));
    try {
      const storage = createLocalStorage({ rootDir });
      const store = async (text: string) => {
        const bytes = Buffer.from(text);
        const sha256 = createHash("sha256").update(bytes).digest("hex");
        const { key } = await storage.putObject({ sha256, source: { stream: Readable.from([bytes]) }, sizeBytes: bytes.length, contentType: "application/xml" });
        return { key, sha256, bytes };
      };
      await db.invoice.deleteMany({});
      const good = await store("<a>bien</a>");
      const bad = await store("<a>dañado</a>");
      for (const object of [good, bad]) {
        await db.invoice.create({ data: { sourceType: "XML", sha256: object.sha256, storageKey: object.key, originalFilename: "f.xml", mimeType: "application/xml", sizeBytes: object.bytes.length, uploadedById: admin.id } });
      }
      await writeFile(path.join(rootDir, bad.key), "<a>alterado</a>");
      const report = await runIntegrityCheck({ sampleSize: 10, storage });
      expect(report.checked).toBe(2);
      expect(report.mismatches.map((problem) => [problem.key, problem.code])).toEqual([[bad.key, "STORAGE_CHECKSUM_MISMATCH"]]);
      expect(await db.auditEvent.count({ where: { action: "storage.integrity-checked" } })).toBe(1);
    } finally {
      await rm(rootDir, { recursive: true, force: true });
    }
  });
});
