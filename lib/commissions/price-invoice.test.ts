import { createHash } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { isoToCalendarDate } from "@/lib/format/calendar-date";
import { seedRuleSetV1 } from "@/lib/seed/seed-rule-sets";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { calculateCommission } from "./calculate-commission";
import { getRuleSetInForce } from "./get-rule-set-in-force";
import { priceInvoice } from "./price-invoice";
import { repriceInvoice } from "./reprice-invoice";
import { ZCommissionInput, ZCommissionResult } from "./schemas";
import { toPricingRuleSet } from "./to-pricing-rule-set";

const ACTOR = { id: "", email: "operador@cotejo.test" };

const publishVersion2 = async (effectiveFrom: string) => {
  const draft = await db.commissionRuleSet.create({
    data: {
      version: 2,
      description: "Tarifa BMC 0,25 %",
      feeRateBps: 25,
      feeMin: "12000.00",
      commissionRateBps: 15,
      commissionMin: "15000.00",
      commissionMax: "5000000.00",
      rules: { create: [{ kind: "CATEGORY_RATE", category: "Café", commissionRateBps: 20 }] },
    },
  });
  return db.commissionRuleSet.update({
    where: { id: draft.id },
    data: { status: "PUBLISHED", effectiveFrom: isoToCalendarDate(effectiveFrom), publishedAt: new Date() },
  });
};

beforeAll(async () => {
  await seedRuleSetV1();
  const invoice = await createApprovedInvoice({ lines: [{ lineAmount: "1.00", classificationCode: "0701.90" }] });
  ACTOR.id = invoice.uploadedById;
});

describe("priceInvoice", () => {
  test("prices an approved invoice once, with its lines, audit entries and new status in one go", async () => {
    const invoice = await createApprovedInvoice({
      total: "143000000.00",
      lines: [
        { lineAmount: "80000000.00", classificationCode: "0701.90" },
        { lineAmount: "40000000.00", classificationCode: "0102.29" },
        { lineAmount: "20000000.00", classificationCode: "8701.91", eligibility: "NOT_ELIGIBLE" },
        { lineAmount: "3000000.00", classificationCode: null },
      ],
    });
    const commission = await priceInvoice({ invoiceId: invoice.id, actor: ACTOR, registeredOn: "2026-11-23" });

    expect(commission.eligibleAmount.toFixed(2)).toBe("120000000.00");
    expect(commission.excludedAmount.toFixed(2)).toBe("23000000.00");
    expect(commission.invoiceTotal.toFixed(2)).toBe("143000000.00");
    // v1: fee 0.30 %; commission 0.15 %, but 0.12 % on classification 0102.29.
    expect(commission.feeAmount.toFixed(2)).toBe("360000.00");
    expect(commission.commissionAmount.toFixed(2)).toBe("168000.00");
    expect(commission.withholdingAvoided.toFixed(2)).toBe("1800000.00");
    expect(commission).toMatchObject({ supplierId: invoice.supplierId, customerId: invoice.customerId });

    const lines = await db.commissionLine.findMany({ where: { commissionId: commission.id }, orderBy: { lineNumber: "asc" } });
    expect(lines.map((line) => [line.classificationCode, line.excludedReason, line.feeAmount.toFixed(0)])).toEqual([
      ["0701.90", null, "240000"],
      ["0102.29", null, "120000"],
      ["8701.91", "CLASSIFICATION_NOT_ELIGIBLE", "0"],
      [null, "PRODUCT_NOT_MATCHED", "0"],
    ]);
    const stored = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(stored.status).toBe("COMMISSIONED");
    const audit = await db.auditEvent.findMany({
      where: { OR: [{ entityId: commission.id }, { entityId: invoice.id, action: "invoice.status-changed" }] },
    });
    expect(audit.map((event) => event.action).toSorted()).toEqual(["commission.calculated", "invoice.status-changed"]);
  });

  test("the stored inputs, their hash and the rule version reproduce the stored result exactly", async () => {
    const invoice = await createApprovedInvoice({
      lines: [
        { lineAmount: "12345678.91", classificationCode: "0901.21", eligibility: "FIRST_TRANSFORMATION", category: "Café" },
        { lineAmount: "98765.43", classificationCode: "0701.90" },
      ],
    });
    const commission = await priceInvoice({ invoiceId: invoice.id, actor: ACTOR });
    const input = ZCommissionInput.parse(commission.inputs);
    expect(createHash("sha256").update(JSON.stringify(input)).digest("hex")).toBe(commission.inputsHash);
    const ruleSet = await db.commissionRuleSet.findUniqueOrThrow({ where: { id: commission.ruleSetId }, include: { rules: true } });
    const recomputed = calculateCommission({ input, ruleSet: toPricingRuleSet(ruleSet) });
    expect(recomputed).toEqual(ZCommissionResult.parse(commission.breakdown));
  });

  test("is idempotent, also under concurrent calls", async () => {
    const invoice = await createApprovedInvoice({ lines: [{ lineAmount: "5000000.00", classificationCode: "0701.90" }] });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => priceInvoice({ invoiceId: invoice.id, actor: ACTOR })),
    );
    expect(new Set(results.map((commission) => commission.id)).size).toBe(1);
    expect(await db.commission.count({ where: { invoiceId: invoice.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "commission.calculated", entityId: results[0]!.id } })).toBe(1);
  });

  test.each([
    { name: "not approved", status: "NEEDS_REVIEW" as const, issueDate: "2026-11-02", code: "INVOICE_NOT_READY" },
    { name: "older than 180 days", status: "APPROVED" as const, issueDate: "2026-05-01", code: "INVOICE_TOO_OLD" },
  ])("an invoice $name is refused with $code and nothing is stored", async ({ status, issueDate, code }) => {
    const invoice = await createApprovedInvoice({ issueDate, lines: [{ lineAmount: "100.00", classificationCode: "0701.90" }] });
    await db.invoice.update({ where: { id: invoice.id }, data: { status } });
    await expect(priceInvoice({ invoiceId: invoice.id, actor: ACTOR, registeredOn: "2026-11-23" })).rejects.toMatchObject({ code });
    expect(await db.commission.count({ where: { invoiceId: invoice.id } })).toBe(0);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe(status);
  });

  test("an unknown invoice is NOT_FOUND; before any version is in force, NO_RULE_SET_IN_FORCE", async () => {
    await expect(priceInvoice({ invoiceId: crypto.randomUUID(), actor: ACTOR })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const invoice = await createApprovedInvoice({ issueDate: "2025-12-20", lines: [{ lineAmount: "100.00", classificationCode: "0701.90" }] });
    await expect(priceInvoice({ invoiceId: invoice.id, actor: ACTOR, registeredOn: "2025-12-31" })).rejects.toMatchObject({
      code: "NO_RULE_SET_IN_FORCE",
    });
  });
});

describe("rule-set versions", () => {
  test("an invoice is priced by the version in force on its registration date", async () => {
    await publishVersion2("2026-12-01");
    expect((await getRuleSetInForce(isoToCalendarDate("2026-11-30")))?.version).toBe(1);
    expect((await getRuleSetInForce(isoToCalendarDate("2026-12-01")))?.version).toBe(2);

    const lines = [{ lineAmount: "10000000.00", classificationCode: "0901.21", category: "Café" }];
    const before = await createApprovedInvoice({ lines });
    const after = await createApprovedInvoice({ lines });
    const priceBefore = await priceInvoice({ invoiceId: before.id, actor: ACTOR, registeredOn: "2026-11-30" });
    const priceAfter = await priceInvoice({ invoiceId: after.id, actor: ACTOR, registeredOn: "2026-12-01" });
    expect([priceBefore.feeAmount.toFixed(0), priceBefore.commissionAmount.toFixed(0)]).toEqual(["30000", "15000"]);
    expect([priceAfter.feeAmount.toFixed(0), priceAfter.commissionAmount.toFixed(0)]).toEqual(["25000", "20000"]);
  });

  test("a published version and its rules cannot be changed or deleted", async () => {
    const published = await db.commissionRuleSet.findUniqueOrThrow({ where: { version: 1 }, include: { rules: true } });
    await expect(db.commissionRuleSet.update({ where: { id: published.id }, data: { feeRateBps: 1 } })).rejects.toThrow(
      /immutable/,
    );
    await expect(db.commissionRuleSet.delete({ where: { id: published.id } })).rejects.toThrow(/immutable/);
    await expect(
      db.commissionRule.update({ where: { id: published.rules[0]!.id }, data: { commissionRateBps: 1 } }),
    ).rejects.toThrow(/immutable/);
    await expect(
      db.commissionRule.create({ data: { ruleSetId: published.id, kind: "CATEGORY_RATE", category: "X", feeRateBps: 1 } }),
    ).rejects.toThrow(/immutable/);
    const unchanged = await db.commissionRuleSet.findUniqueOrThrow({ where: { version: 1 }, include: { rules: true } });
    expect(unchanged).toEqual(published);
  });
});

describe("repriceInvoice", () => {
  test("after a correction the same version prices the new data in place, audited; unchanged data writes nothing", async () => {
    const invoice = await createApprovedInvoice({
      lines: [
        { lineAmount: "10000000.00", classificationCode: "0701.90" },
        { lineAmount: "5000000.00", classificationCode: null },
      ],
    });
    const priced = await priceInvoice({ invoiceId: invoice.id, actor: ACTOR, registeredOn: "2026-11-20" });
    expect(await repriceInvoice({ invoiceId: invoice.id, actor: ACTOR, reason: "sin cambios" })).toMatchObject({
      changed: false,
    });

    const product = await db.product.findFirstOrThrow({ where: { code: "TEST-0701.90-General" } });
    await db.invoiceLine.update({ where: { id: invoice.lines[1]!.id }, data: { productId: product.id } });
    const { commission, changed } = await repriceInvoice({ invoiceId: invoice.id, actor: ACTOR, reason: "línea 2 cotejada" });

    expect(changed).toBe(true);
    expect(commission.id).toBe(priced.id);
    expect(commission.registeredOn).toEqual(priced.registeredOn);
    expect(commission.ruleSetId).toBe(priced.ruleSetId);
    expect([priced.eligibleAmount.toFixed(0), commission.eligibleAmount.toFixed(0)]).toEqual(["10000000", "15000000"]);
    expect(commission.feeAmount.toFixed(0)).toBe("45000");
    expect(await db.commissionLine.count({ where: { commissionId: priced.id, excludedReason: null } })).toBe(2);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: priced.id, action: "commission.recalculated" } });
    expect(audit.before).toMatchObject({ eligibleAmount: "10000000.00" });
    expect(audit.after).toMatchObject({ eligibleAmount: "15000000.00", reason: "línea 2 cotejada" });
  });
});
