import { InngestTestEngine, mockCtx } from "@inngest/test";
import type { StepOptionsOrId } from "inngest";
import { describe, expect, it, vi } from "vitest";
import { processInvoice } from "./process-invoice";

const INVOICE_ID = "6f1c7a52-4b1e-4b8e-9a43-1f6f2a8d9c01";
const REVIEWER_ID = "0d0b8a57-7f7e-4c62-9a3b-2f0c8b1e5a10";

type StepMock = { id: string; handler: () => unknown };

const uploaded = (data: Record<string, unknown> = { invoiceId: INVOICE_ID, lane: "parse" }) => [
  { name: "invoice/uploaded", id: "invoice:abc", data },
] as [{ name: string; id: string; data: Record<string, unknown> }];

const reviewEvent = (decision: "approved" | "rejected") => ({
  name: "invoice/review.completed",
  data: { invoiceId: INVOICE_ID, decision, reviewerId: REVIEWER_ID, ...(decision === "rejected" ? { reason: "NIT errado" } : {}) },
});

const FINISH: StepMock[] = [
  { id: "price", handler: () => ({ commissionId: "c1", feeAmount: "12000.00", commissionAmount: "15000.00" }) },
  { id: "certify", handler: () => ({ certificateId: "k1", number: "BMC-2026-000042", created: true }) },
  { id: "notify", handler: () => ({ sent: true }) },
];

const LEARN: StepMock = { id: "learn-supplier-profile", handler: () => ({ learned: true, nit: "901234567", corrections: 1, fields: ["number"], lineProducts: 0 }) };

const start = (validation: { next: string; reasons: string[] }): StepMock[] => [
  { id: "extract", handler: () => ({ claimed: true, status: "MATCHING", extracted: true, lineCount: 2, confidence: 1 }) },
  { id: "match", handler: () => ({ lineCount: 2, autoMatched: 2, matched: true }) },
  { id: "validate", handler: () => validation },
];

/**
 * A fresh engine per run (an engine keeps the step mocks it has resolved). @inngest/test 1.0 hands inngest 4.24 a
 * mocked waitForEvent result as a promise, which the SDK's check of the awaited event rejects, so waits are answered
 * from `waits` (by step id; null = the wait ran out) by a spy in place of step.waitForEvent.
 */
const engine = {
  execute: (options: InngestTestEngine.ExecuteOptions & { waits?: Record<string, unknown> }) =>
    new InngestTestEngine({
      function: processInvoice,
      events: uploaded(),
      transformCtx: (ctx) => {
        const mocked = mockCtx(ctx);
        const waitForEvent = vi.fn(async (id: StepOptionsOrId) => options.waits?.[typeof id === "string" ? id : id.id] ?? null);
        return { ...mocked, step: { ...mocked.step, waitForEvent: waitForEvent as unknown as typeof mocked.step.waitForEvent } };
      },
    }).execute(options),
};

const stepIds = (calls: unknown[][]) => calls.map((call) => call[0]);
const runCalls = (ctx: { step: { run: unknown } }) => (ctx.step.run as { mock: { calls: unknown[][] } }).mock.calls;

describe("process-invoice", () => {
  it("auto-approved: extract → match → validate → price → certify → notify", async () => {
    const { result, ctx } = await engine.execute({ steps: [...start({ next: "approved", reasons: [] }), ...FINISH] });
    expect(result).toEqual({ invoiceId: INVOICE_ID, outcome: "certified", certificate: "BMC-2026-000042" });
    expect(stepIds(runCalls(ctx))).toEqual(["extract", "match", "validate", "price", "certify", "notify"]);
    // XML is parsed in the run itself; only OCR goes through the lane-limited extract-document.
    expect(ctx.step.invoke).not.toHaveBeenCalled();
    expect(ctx.step.waitForEvent).not.toHaveBeenCalled();
  });

  it("a PDF or scan is extracted by invoking extract-document in the OCR lane", async () => {
    const { result, ctx } = await new InngestTestEngine({
      function: processInvoice,
      events: uploaded({ invoiceId: INVOICE_ID, lane: "ocr", urgent: false }),
    }).execute({ steps: [...start({ next: "approved", reasons: [] }), ...FINISH] });
    expect(result).toEqual({ invoiceId: INVOICE_ID, outcome: "certified", certificate: "BMC-2026-000042" });
    expect(ctx.step.invoke).toHaveBeenCalledWith("extract", expect.objectContaining({ data: { invoiceId: INVOICE_ID, lane: "ocr", pipelineRunId: ctx.runId } }));
    expect(stepIds(runCalls(ctx))).toEqual(["match", "validate", "price", "certify", "notify"]);
  });

  it("review approved: waits for the decision matched on the invoice id, then prices and certifies", async () => {
    const { result, ctx } = await engine.execute({
      steps: [...start({ next: "review", reasons: ["UNMATCHED_LINES"] }), { id: "review", handler: () => ({ decision: "approved", changed: true }) }, LEARN, ...FINISH],
      waits: { "wait-review-0": reviewEvent("approved") },
    });
    expect(result).toEqual({ invoiceId: INVOICE_ID, outcome: "certified", certificate: "BMC-2026-000042" });
    expect(ctx.step.waitForEvent).toHaveBeenCalledWith("wait-review-0", { event: "invoice/review.completed", match: "data.invoiceId", timeout: "24h" });
    // The supplier's profile learns once, right after the approval and before pricing.
    expect(stepIds(runCalls(ctx))).toEqual(["extract", "match", "validate", "review", "learn-supplier-profile", "price", "certify", "notify"]);
  });

  it("review rejected: the uploader is told and nothing is priced", async () => {
    const { result, ctx } = await engine.execute({
      steps: [
        ...start({ next: "review", reasons: ["INVOICE_TOO_OLD"] }),
        { id: "review", handler: () => ({ decision: "rejected", changed: true }) },
        { id: "notify", handler: () => ({ sent: true }) },
      ],
      waits: { "wait-review-0": reviewEvent("rejected") },
    });
    expect(result).toEqual({ invoiceId: INVOICE_ID, outcome: "rejected" });
    // Nothing to learn from a rejected invoice.
    expect(stepIds(runCalls(ctx))).toEqual(["extract", "match", "validate", "review", "notify"]);
  });

  it("a decision recorded before the run waited is found when the wait runs out", async () => {
    const { result, ctx } = await engine.execute({
      steps: [
        ...start({ next: "review", reasons: ["UNMATCHED_LINES"] }),
        { id: "remind-review-1", handler: () => ({ kind: "decided", review: reviewEvent("approved").data }) },
        { id: "review", handler: () => ({ decision: "approved", changed: true }) },
        LEARN,
        ...FINISH,
      ],
    });
    expect(result).toMatchObject({ outcome: "certified" });
    expect(stepIds(runCalls(ctx))).toEqual(["extract", "match", "validate", "remind-review-1", "review", "learn-supplier-profile", "price", "certify", "notify"]);
  });

  it("review timeout: a reminder, then it waits again", async () => {
    const { result, ctx } = await engine.execute({
      steps: [
        ...start({ next: "review", reasons: ["LOW_CONFIDENCE"] }),
        { id: "remind-review-1", handler: () => ({ kind: "reminded", sent: true }) },
        { id: "review", handler: () => ({ decision: "approved", changed: true }) },
        LEARN,
        ...FINISH,
      ],
      waits: { "wait-review-1": reviewEvent("approved") },
    });
    expect(result).toMatchObject({ outcome: "certified" });
    expect(stepIds((ctx.step.waitForEvent as unknown as { mock: { calls: unknown[][] } }).mock.calls)).toEqual(["wait-review-0", "wait-review-1"]);
  });

  it("an invoice that leaves review some other way ends the run", async () => {
    const { result } = await engine.execute({
      steps: [
        ...start({ next: "review", reasons: ["LOW_CONFIDENCE"] }),
        { id: "remind-review-1", handler: () => ({ kind: "closed" }) },
      ],
    });
    expect(result).toEqual({ invoiceId: INVOICE_ID, outcome: "closed" });
  });

  it("after REVIEW_MAX_REMINDERS unanswered reminders the run fails with REVIEW_ABANDONED", async () => {
    const reminders = Array.from({ length: 30 }, (_, index) => ({ id: `remind-review-${index + 1}`, handler: () => ({ kind: "reminded", sent: true }) }));
    const { error, ctx } = await engine.execute({ steps: [...start({ next: "review", reasons: ["LOW_CONFIDENCE"] }), ...reminders] });
    expect(error).toMatchObject({ name: "NonRetriableError", message: expect.stringMatching(/^REVIEW_ABANDONED: /) });
    expect(ctx.step.waitForEvent).toHaveBeenCalledTimes(31);
  });

  it("a run that finds the invoice owned by another run stops after extraction", async () => {
    const { result, ctx } = await engine.execute({ steps: [{ id: "extract", handler: () => ({ claimed: false, status: "VALIDATING" }) }] });
    expect(result).toEqual({ invoiceId: INVOICE_ID, outcome: "skipped", status: "VALIDATING" });
    expect(stepIds(runCalls(ctx))).toEqual(["extract"]);
  });

  it("bad input (an event without a valid invoice id) fails at once, without retries", async () => {
    const { error } = await engine.execute({ events: uploaded({ invoiceId: "not-a-uuid" }) });
    // EventValidationError is the SDK's NonRetriableError for a payload that fails the trigger's schema.
    expect(error).toMatchObject({ name: "EventValidationError", message: expect.stringContaining("invoiceId") });
  });
});
