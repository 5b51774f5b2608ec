import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimReviewLock } from "@/lib/review/claim-review-lock";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { createInvoiceInReview as createExtractedInvoiceInReview } from "@/lib/testing/create-invoice-in-review";
import { seedRuleSetV1 } from "@/lib/seed/seed-rule-sets";
import { applyReviewDecision } from "./apply-review-decision";
import { certifyInvoice } from "./certify-invoice";
import { completeReview } from "./complete-review";
import type { TPipelineEvent } from "./events";
import { notifyInvoice } from "./notify-invoice";
import { priceApprovedInvoice } from "./price-approved-invoice";
import { sendReviewReminder } from "./send-review-reminder";

let outboxDir = "";
let objectsDir = "";

beforeAll(async () => {
  outboxDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-outbox-"));
  objectsDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-objects-"));
  process.env.EMAIL_OUTBOX_DIR = outboxDir;
  process.env.STORAGE_DIR = objectsDir;
  await seedRuleSetV1();
});
afterAll(async () => {
  await rm(outboxDir, { recursive: true, force: true });
  await rm(objectsDir, { recursive: true, force: true });
});

const LINES = [{ lineAmount: "4000000.00", classificationCode: "0901.11", eligibility: "FIRST_TRANSFORMATION" as const, category: "Café" }];

/** An invoice waiting for review, as validation leaves it (lines matched, issued recently). */
const createInvoiceInReview = async () => {
  const issueDate = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
  const invoice = await createApprovedInvoice({ lines: LINES, issueDate, supplier: { nit: "901234567", dv: "1", name: "Finca La Esperanza" } });
  await db.invoice.update({ where: { id: invoice.id }, data: { status: "NEEDS_REVIEW" } });
  return invoice;
};

const reviewer = () =>
  db.user.upsert({ where: { email: "revisor@pipeline.test" }, update: {}, create: { email: "revisor@pipeline.test", name: "Revisora", role: "OPERATOR" }, select: { id: true, email: true } });

describe("review, pricing, certificate and notice", () => {
  it("a completed review is recorded and sent; a run that missed the event finds it when its wait runs out", async () => {
    const invoice = await createExtractedInvoiceInReview();
    const sent: TPipelineEvent[] = [];
    await claimReviewLock({ invoiceId: invoice.id, user: await reviewer() });
    await completeReview({ invoiceId: invoice.id, decision: "approved", reviewer: await reviewer(), send: async (events) => void sent.push(...events) });
    expect(sent).toEqual([
      { name: "invoice/review.completed", id: expect.stringMatching(`^review:${invoice.id}:\\d+$`), data: expect.objectContaining({ invoiceId: invoice.id, decision: "approved" }) },
    ]);
    const reminder = await sendReviewReminder({ invoiceId: invoice.id, round: 1 });
    expect(reminder).toMatchObject({ kind: "decided", review: { invoiceId: invoice.id, decision: "approved" } });
    await applyReviewDecision({ invoiceId: invoice.id, decision: "approved" });
    await expect(completeReview({ invoiceId: invoice.id, decision: "approved", reviewer: await reviewer(), send: async () => undefined })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("approve → price → certify → notify, each once however often it runs", async () => {
    const invoice = await createInvoiceInReview();
    const review = { invoiceId: invoice.id, decision: "approved" as const, reviewerId: (await reviewer()).id };
    expect(await applyReviewDecision(review)).toEqual({ decision: "approved", changed: true });
    expect(await applyReviewDecision(review)).toEqual({ decision: "approved", changed: false });

    const priced = await priceApprovedInvoice({ invoiceId: invoice.id });
    expect(await priceApprovedInvoice({ invoiceId: invoice.id })).toEqual(priced);
    const certified = await certifyInvoice({ invoiceId: invoice.id });
    expect(certified.created).toBe(true);
    expect(await certifyInvoice({ invoiceId: invoice.id })).toEqual({ ...certified, created: false });

    expect(await notifyInvoice({ invoiceId: invoice.id, notice: "certified" })).toEqual({ sent: true });
    expect(await notifyInvoice({ invoiceId: invoice.id, notice: "certified" })).toEqual({ sent: false, reason: "already-sent" });

    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, include: { certificates: true, commission: true } });
    expect(stored.status).toBe("CERTIFIED");
    expect(stored.certificates).toHaveLength(1);
    expect(stored.certificates[0]).toMatchObject({ issuedById: null, number: certified.number });
    const audits = await db.auditEvent.findMany({ where: { entityId: invoice.id, action: "invoice.status-changed" }, orderBy: { id: "asc" } });
    expect(audits.map((event) => [event.before, event.after, event.actorEmail])).toEqual([
      [{ status: "NEEDS_REVIEW" }, { status: "APPROVED" }, "revisor@pipeline.test"],
      [{ status: "APPROVED" }, { status: "COMMISSIONED" }, null],
      [{ status: "COMMISSIONED" }, { status: "CERTIFIED", certificateNumber: certified.number }, null],
    ]);
    const mail = (await readdir(outboxDir)).filter((file) => file.endsWith(".eml"));
    expect(mail).toHaveLength(1);
  });

  it("a rejection keeps the reason; an inactive uploader gets no notice; reminders are sent once per round", async () => {
    const invoice = await createInvoiceInReview();
    expect(await sendReviewReminder({ invoiceId: invoice.id, round: 1 })).toEqual({ kind: "reminded", sent: true });
    expect(await sendReviewReminder({ invoiceId: invoice.id, round: 1 })).toEqual({ kind: "reminded", sent: false });
    expect(await sendReviewReminder({ invoiceId: invoice.id, round: 2 })).toEqual({ kind: "reminded", sent: true });

    await applyReviewDecision({ invoiceId: invoice.id, decision: "rejected", reason: "El NIT del proveedor no coincide" });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({
      status: "REJECTED",
      failureCode: "REJECTED_BY_REVIEWER",
      failureReason: "El NIT del proveedor no coincide",
    });
    expect(await sendReviewReminder({ invoiceId: invoice.id, round: 3 })).toEqual({ kind: "closed" });
    await expect(applyReviewDecision({ invoiceId: invoice.id, decision: "approved" })).rejects.toMatchObject({ code: "CONFLICT" });

    await db.user.update({ where: { id: invoice.uploadedById }, data: { active: false } });
    expect(await notifyInvoice({ invoiceId: invoice.id, notice: "rejected" })).toEqual({ sent: false, reason: "inactive-uploader" });
  });
});
