import { beforeAll, describe, expect, it } from "vitest";
import { priceInvoice } from "@/lib/commissions/price-invoice";
import { repriceInvoice } from "@/lib/commissions/reprice-invoice";
import { db } from "@/lib/db";
import { seedRuleSetV1 } from "@/lib/seed/seed-rule-sets";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { rebuildCommissionSummaries } from "./rebuild-commission-summaries";
import { runReport } from "./run-report";
import { ZReportQuery } from "./schemas";

const ACTOR = { id: "", email: "operador@cotejo.test" };

const snapshot = async () => ({
  totals: await db.commissionDailyTotal.findMany({ orderBy: { registeredOn: "asc" } }),
  classifications: await db.commissionDailyClassification.findMany({ orderBy: [{ registeredOn: "asc" }, { classificationCode: "asc" }] }),
  parties: await db.commissionPartySummary.findMany({ orderBy: [{ dimension: "asc" }, { span: "asc" }, { periodStart: "asc" }, { partyId: "asc" }] }),
});

beforeAll(async () => {
  await seedRuleSetV1();
});

describe("recordCommissionSummary inside priceInvoice and repriceInvoice", () => {
  it("keeps the summaries equal to a rebuild from the rows through pricing and repricing", async () => {
    const first = await createApprovedInvoice({
      lines: [
        { lineAmount: "10000000.00", classificationCode: "0701.90" },
        { lineAmount: "5000000.00", classificationCode: null },
      ],
    });
    ACTOR.id = first.uploadedById;
    const second = await createApprovedInvoice({
      number: "FE-2",
      lines: [{ lineAmount: "2000000.00", classificationCode: "0701.90" }],
      supplier: { nit: "900999001", dv: "1", name: "Otro proveedor" },
    });
    const pricedFirst = await priceInvoice({ invoiceId: first.id, actor: ACTOR, registeredOn: "2026-11-20" });
    const pricedSecond = await priceInvoice({ invoiceId: second.id, actor: ACTOR, registeredOn: "2026-11-20" });
    // Idempotent call: the summaries must not count the invoice twice.
    await priceInvoice({ invoiceId: first.id, actor: ACTOR, registeredOn: "2026-11-20" });

    const query = ZReportQuery.parse({ dimension: "period", from: "2026-11-01", to: "2026-11-30" });
    const afterPricing = await runReport({ query });
    expect(afterPricing.total).toMatchObject({
      invoices: 2,
      feeAmount: pricedFirst.feeAmount.plus(pricedSecond.feeAmount).toFixed(2),
      eligibleValue: pricedFirst.eligibleAmount.plus(pricedSecond.eligibleAmount).toFixed(2),
    });

    const product = await db.product.findFirstOrThrow({ where: { code: "TEST-0701.90-General" } });
    await db.invoiceLine.update({ where: { id: first.lines[1]!.id }, data: { productId: product.id } });
    const { commission, changed } = await repriceInvoice({ invoiceId: first.id, actor: ACTOR, reason: "línea 2 cotejada" });
    expect(changed).toBe(true);

    const afterRepricing = await runReport({ query });
    expect(afterRepricing.total).toMatchObject({
      invoices: 2,
      feeAmount: commission.feeAmount.plus(pricedSecond.feeAmount).toFixed(2),
      eligibleValue: commission.eligibleAmount.plus(pricedSecond.eligibleAmount).toFixed(2),
    });
    const bySupplier = await runReport({ query: ZReportQuery.parse({ dimension: "supplier", from: "2026-11-01", to: "2026-11-30" }) });
    expect(bySupplier.rows).toHaveLength(2);

    const incremental = await snapshot();
    expect(incremental.classifications.map((row) => [row.classificationCode, row.invoices])).toEqual([["0701.90", 2]]);
    await rebuildCommissionSummaries();
    expect(await snapshot()).toEqual(incremental);
  });
});
