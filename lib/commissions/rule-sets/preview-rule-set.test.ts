import { beforeAll, describe, expect, test } from "vitest";
import { priceInvoice } from "@/lib/commissions/price-invoice";
import { AppError } from "@/lib/errors";
import { seedClassifications } from "@/lib/seed/seed-classifications";
import { seedRuleSetV1 } from "@/lib/seed/seed-rule-sets";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { createDraftRuleSet } from "./create-draft-rule-set";
import { listRuleSets } from "./list-rule-sets";
import { previewRuleSet } from "./preview-rule-set";
import { publishRuleSet } from "./publish-rule-set";
import { updateDraftRuleSet } from "./update-draft-rule-set";

let actor: { id: string; email: string };
const numbers = { small: "FE-PREV-1", mid: "FE-PREV-2", old: "FE-PREV-3" };

const pricedInvoice = async (number: string, lineAmount: string, issueDate: string, registeredOn: string) => {
  const invoice = await createApprovedInvoice({ number, issueDate, lines: [{ lineAmount, classificationCode: "0701.90" }] });
  actor ??= { id: invoice.uploadedById, email: "operador@cotejo.test" };
  await priceInvoice({ invoiceId: invoice.id, actor, registeredOn });
  return invoice;
};

beforeAll(async () => {
  await seedClassifications();
  await seedRuleSetV1();
  // v1: fee 0,30 % (min $10.000), commission 0,15 % (min $15.000), 180 days.
  await pricedInvoice(numbers.mid, "10000000.00", "2026-11-02", "2026-11-20"); // fee 30.000, commission 15.000
  await pricedInvoice(numbers.small, "1000000.00", "2026-11-02", "2026-11-21"); // fee 10.000 (min), commission 15.000 (min)
  await pricedInvoice(numbers.old, "100000000.00", "2026-06-01", "2026-11-22"); // 174 days old: fee 300.000, commission 150.000
});

describe("previewRuleSet", () => {
  test("a published version previewed against the invoices it priced changes nothing", async () => {
    const draft = await createDraftRuleSet({ actor });
    const preview = await previewRuleSet({ id: draft.id });
    expect(preview).toMatchObject({
      invoiceCount: 3,
      registeredFrom: "2026-11-20",
      registeredTo: "2026-11-22",
      fee: { before: "340000.00", after: "340000.00", difference: "0.00", percent: "0.00" },
      commission: { before: "180000.00", after: "180000.00", difference: "0.00" },
      increased: 0,
      decreased: 0,
      unchanged: 3,
      failed: 0,
      largestChanges: [],
    });

    // Fee up to 0,45 % and invoices limited to 120 days: the old invoice could no longer be registered.
    const edited = await updateDraftRuleSet({
      id: draft.id,
      expectedUpdatedAt: draft.updatedAt,
      actor,
      draft: {
        description: draft.description,
        feeRateBps: 45,
        feeMin: draft.feeMin,
        feeMax: draft.feeMax,
        commissionRateBps: draft.commissionRateBps,
        commissionMin: draft.commissionMin,
        commissionMax: draft.commissionMax,
        maxInvoiceAgeDays: 120,
        rules: [],
      },
    });
    const changed = await previewRuleSet({ id: edited.id });
    expect(changed).toMatchObject({
      ruleSetVersion: 2,
      invoiceCount: 3,
      fee: { before: "340000.00", after: "55000.00", difference: "-285000.00", percent: "-83.82" },
      commission: { before: "180000.00", after: "30000.00", difference: "-150000.00", percent: "-83.33" },
      total: { before: "520000.00", after: "85000.00", difference: "-435000.00", percent: "-83.65" },
      increased: 1,
      decreased: 0,
      unchanged: 1,
      failed: 1,
      failuresByCode: { INVOICE_TOO_OLD: 1 },
    });
    expect(changed.largestChanges).toEqual([
      {
        invoiceId: expect.any(String) as unknown,
        invoiceNumber: numbers.old,
        registeredOn: "2026-11-22",
        before: { fee: "300000.00", commission: "150000.00" },
        after: null,
        difference: "-450000.00",
        failureCode: "INVOICE_TOO_OLD",
      },
      {
        invoiceId: expect.any(String) as unknown,
        invoiceNumber: numbers.mid,
        registeredOn: "2026-11-20",
        before: { fee: "30000.00", commission: "15000.00" },
        after: { fee: "45000.00", commission: "15000.00" },
        difference: "15000.00",
        failureCode: null,
      },
    ]);
    expect(changed.elapsedMs).toBeGreaterThan(0);
  });

  test("publishing cannot reach back over a registration date an invoice was already priced on", async () => {
    // An invoice registered (priced) on 05/12/2026 already used version 1 for that day.
    await pricedInvoice("FE-PREV-4", "5000000.00", "2026-11-30", "2026-12-05");
    const drafts = await listRuleSets();
    const draft = drafts.find((item) => item.status === "DRAFT") ?? (await createDraftRuleSet({ actor }));
    const refused = await publishRuleSet({
      id: draft.id,
      effectiveFrom: "2026-12-05",
      expectedUpdatedAt: draft.updatedAt,
      actor,
      now: new Date("2026-11-23T15:00:00Z"),
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).details).toEqual([
      {
        path: "effectiveFrom",
        message: "Ya hay facturas liquidadas con fecha de registro 05/12/2026; la fecha efectiva debe ser posterior.",
      },
    ]);
    const published = await publishRuleSet({
      id: draft.id,
      effectiveFrom: "2026-12-06",
      expectedUpdatedAt: draft.updatedAt,
      actor,
      now: new Date("2026-11-23T15:00:00Z"),
    });
    expect(published.effectiveFrom).toBe("2026-12-06");
  });

  test("an unknown version is NOT_FOUND", async () => {
    const error = await previewRuleSet({ id: "00000000-0000-4000-8000-000000000000" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});
