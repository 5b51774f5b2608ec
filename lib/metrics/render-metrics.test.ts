import { createHash, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { ZProductSearchQuery } from "@/lib/catalog/schemas";
import { searchProducts } from "@/lib/catalog/search-products";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeMetricsRequest } from "./authorize-metrics-request";
import { renderMetrics } from "./render-metrics";

let uploadedById: string;

const createInvoice = async (data: { status: "NEEDS_REVIEW" | "CERTIFIED" | "FAILED"; sourceType: "XML" | "PDF" | "IMAGE"; confidence?: string; updatedAt?: Date }) => {
  const sha256 = createHash("sha256").update(randomUUID()).digest("hex");
  const invoice = await db.invoice.create({
    data: { sha256, storageKey: `sha256/${sha256}`, originalFilename: "f", mimeType: "application/pdf", sizeBytes: 1, uploadedById, status: data.status, sourceType: data.sourceType, confidence: data.confidence },
  });
  // updatedAt is @updatedAt: set it afterwards, as the review backlog reads it.
  if (data.updatedAt) await db.$executeRaw`UPDATE "Invoice" SET "updatedAt" = ${data.updatedAt} WHERE id = ${invoice.id}::uuid`;
  return invoice;
};

const sample = (body: string, line: string) => {
  const match = body.split("\n").find((candidate) => candidate.startsWith(`${line} `));
  return match === undefined ? undefined : Number(match.slice(line.length + 1));
};

beforeAll(async () => {
  uploadedById = (await db.user.create({ data: { email: "op@metrics.test", name: "Op", role: "OPERATOR" } })).id;
  const waiting = await createInvoice({ status: "NEEDS_REVIEW", sourceType: "IMAGE", confidence: "0.8500", updatedAt: new Date(Date.now() - 3_600_000) });
  await createInvoice({ status: "NEEDS_REVIEW", sourceType: "PDF", confidence: "0.7000" });
  await createInvoice({ status: "CERTIFIED", sourceType: "XML", confidence: "1.0000" });
  const startedAt = new Date();
  for (const [step, durationMs] of [["extract", 250], ["extract", 1200], ["match", 40]] as const) {
    await db.pipelineStep.create({ data: { invoiceId: waiting.id, step, runId: randomUUID(), attempt: 0, status: "COMPLETED", durationMs, startedAt } });
  }
  for (const status of ["QUEUED", "QUEUED", "RUNNING", "COMPLETED"] as const) {
    await db.inngestRun.create({ data: { id: randomUUID(), functionId: "cotejo-process-invoice", event: {}, status } });
  }
  await searchProducts(ZProductSearchQuery.parse({ limit: "5" }));
});

describe("GET /api/metrics exposition", () => {
  test("invoices by status, review backlog and queue depth are read from the database", async () => {
    const { body, contentType } = await renderMetrics();
    expect(contentType).toContain("text/plain");
    expect(body).toContain("# TYPE cotejo_invoices gauge");
    expect(sample(body, 'cotejo_invoices{status="NEEDS_REVIEW"}')).toBe(2);
    expect(sample(body, 'cotejo_invoices{status="CERTIFIED"}')).toBe(1);
    expect(sample(body, 'cotejo_invoices{status="RECEIVED"}')).toBe(0);
    expect(sample(body, "cotejo_review_backlog")).toBe(2);
    expect(sample(body, "cotejo_review_backlog_oldest_seconds")).toBeGreaterThanOrEqual(3600);
    expect(sample(body, 'cotejo_queue_depth{status="QUEUED"}')).toBe(2);
    expect(sample(body, 'cotejo_queue_depth{status="RUNNING"}')).toBe(1);
  });

  test("step durations and OCR confidence are cumulative histograms with inclusive bounds", async () => {
    const { body } = await renderMetrics();
    expect(body).toContain("# TYPE cotejo_pipeline_step_duration_seconds histogram");
    const extract = 'step="extract",status="COMPLETED"';
    expect(sample(body, `cotejo_pipeline_step_duration_seconds_bucket{${extract},le="0.1"}`)).toBe(0);
    expect(sample(body, `cotejo_pipeline_step_duration_seconds_bucket{${extract},le="0.25"}`)).toBe(1);
    expect(sample(body, `cotejo_pipeline_step_duration_seconds_bucket{${extract},le="1"}`)).toBe(1);
    expect(sample(body, `cotejo_pipeline_step_duration_seconds_bucket{${extract},le="2.5"}`)).toBe(2);
    expect(sample(body, `cotejo_pipeline_step_duration_seconds_bucket{${extract},le="+Inf"}`)).toBe(2);
    expect(sample(body, `cotejo_pipeline_step_duration_seconds_sum{${extract}}`)).toBeCloseTo(1.45);
    expect(sample(body, `cotejo_pipeline_step_duration_seconds_count{step="match",status="COMPLETED"}`)).toBe(1);

    expect(sample(body, 'cotejo_ocr_confidence_bucket{source_type="PDF",le="0.7"}')).toBe(1);
    expect(sample(body, 'cotejo_ocr_confidence_bucket{source_type="IMAGE",le="0.8"}')).toBe(0);
    expect(sample(body, 'cotejo_ocr_confidence_bucket{source_type="IMAGE",le="0.85"}')).toBe(1);
    expect(body).not.toContain('source_type="XML"');
  });

  test("product lookups are timed by mode", async () => {
    const { body } = await renderMetrics();
    expect(sample(body, 'cotejo_product_lookup_seconds_count{mode="browse"}')).toBe(1);
  });
});

describe("authorizeMetricsRequest", () => {
  test("the right bearer token passes; a wrong one, or any token when none is configured, is 401", async () => {
    const token = "t".repeat(32);
    await expect(authorizeMetricsRequest(`Bearer ${token}`, token)).resolves.toBeUndefined();
    for (const [header, configured] of [[`Bearer ${"x".repeat(32)}`, token], [`Bearer ${token}x`, token], [`Bearer ${token}`, undefined]] as const) {
      const refusal = await authorizeMetricsRequest(header, configured).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      expect((refusal as AppError).code).toBe("UNAUTHENTICATED");
    }
  });
});
