/**
 * Rule-set preview benchmark, printed as one JSON line:
 *   EMBEDDED_POSTGRES_PORT=54411 EMBEDDED_POSTGRES_DIR=.data/pg-bench-rules npx tsx scripts/bench-rule-preview.ts [--invoices 1000] [--runs 20]
 * Prices --invoices approved invoices (1 to 4 lines each, mixed classifications) with version 1 through the real
 * priceInvoice, opens a draft with a different fee, a bracket and a shorter age limit, then times previewRuleSet
 * (load of the last 1,000 commissions + repricing + comparison) --runs times after one unmeasured run.
 * Use a throwaway embedded folder: it adds invoices to whatever database it is pointed at.
 */
import "./lib/load-env";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { applyMigrations } from "@/lib/database/schema-engine";

const { values } = parseArgs({ options: { invoices: { type: "string", default: "1000" }, runs: { type: "string", default: "20" } } });
const invoiceCount = Number(values.invoices);
const runs = Number(values.runs);

const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
await applyMigrations(database.url);
try {
  const { db } = await import("@/lib/db");
  const { seedClassifications } = await import("@/lib/seed/seed-classifications");
  const { seedRuleSetV1 } = await import("@/lib/seed/seed-rule-sets");
  const { createApprovedInvoice } = await import("@/lib/testing/create-approved-invoice");
  const { priceInvoice } = await import("@/lib/commissions/price-invoice");
  const { createDraftRuleSet } = await import("@/lib/commissions/rule-sets/create-draft-rule-set");
  const { updateDraftRuleSet } = await import("@/lib/commissions/rule-sets/update-draft-rule-set");
  const { previewRuleSet } = await import("@/lib/commissions/rule-sets/preview-rule-set");
  const { toBogotaIsoDate } = await import("@/lib/format/bogota-day");

  await seedClassifications();
  await seedRuleSetV1();
  const classifications = ["0701.90", "0102.29", "0901.11", "1701.13", "0803.90"];
  const existing = await db.commission.count();
  const today = toBogotaIsoDate();
  const daysAgo = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
  const pricingStarted = performance.now();
  for (let index = existing; index < invoiceCount; index += 1) {
    const lineCount = 1 + (index % 4);
    const invoice = await createApprovedInvoice({
      number: `BENCH-${index}`,
      issueDate: daysAgo(1 + ((index * 37) % 170)),
      lines: Array.from({ length: lineCount }, (_, line) => ({
        lineAmount: `${((index * 7919 + line * 104_729) % 90_000_000) + 500_000}.00`,
        classificationCode: classifications[(index + line) % classifications.length] ?? "0701.90",
      })),
    });
    await priceInvoice({ invoiceId: invoice.id, actor: null });
  }
  const pricingSeconds = (performance.now() - pricingStarted) / 1000;

  const admin = await db.user.upsert({
    where: { email: "bench-rules@cotejo.local" },
    update: {},
    create: { email: "bench-rules@cotejo.local", name: "Benchmark", role: "ADMIN", active: false },
    select: { id: true, email: true },
  });
  const draft =
    (await db.commissionRuleSet.findFirst({ where: { status: "DRAFT" }, select: { id: true } })) ??
    (await (async () => {
      const created = await createDraftRuleSet({ actor: admin });
      return updateDraftRuleSet({
        id: created.id,
        expectedUpdatedAt: created.updatedAt,
        actor: admin,
        draft: {
          description: "Benchmark",
          feeRateBps: 45,
          feeMin: "12000",
          feeMax: null,
          commissionRateBps: 15,
          commissionMin: "15000",
          commissionMax: "5000000",
          maxInvoiceAgeDays: 120,
          rules: [
            { kind: "AMOUNT_BRACKET", minAmount: "0", maxAmount: "50000000", feeRateBps: 50, commissionRateBps: null },
            { kind: "CLASSIFICATION_RATE", classificationCode: "0901.11", feeRateBps: null, commissionRateBps: 20 },
          ],
        },
      });
    })());

  await previewRuleSet({ id: draft.id });
  const wall: number[] = [];
  const reported: number[] = [];
  let last = await previewRuleSet({ id: draft.id });
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    last = await previewRuleSet({ id: draft.id });
    wall.push(performance.now() - started);
    reported.push(last.elapsedMs);
  }
  const percentile = (samples: number[], p: number) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return Math.round((sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0) * 10) / 10;
  };
  console.log(
    JSON.stringify({
      invoices_compared: last.invoiceCount,
      runs,
      preview_ms: { p50: percentile(wall, 50), p95: percentile(wall, 95) },
      preview_reported_ms: { p50: percentile(reported, 50), p95: percentile(reported, 95) },
      changed: { increased: last.increased, decreased: last.decreased, unchanged: last.unchanged, failed: last.failed },
      setup_pricing_seconds: Math.round(pricingSeconds * 10) / 10,
    }),
  );
  await db.$disconnect();
} finally {
  await database.stop();
}
