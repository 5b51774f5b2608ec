import { createHash, randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { db } from "@/lib/db";
import { recordCommissionSummary } from "@/lib/reports/record-commission-summary";

export type ReportLineFixture = {
  classificationCode: string | null;
  lineAmount: string;
  /** Excluded lines carry a reason and no charges. */
  excludedReason?: string;
  feeAmount?: string;
  commissionAmount?: string;
  withholdingAvoided?: string;
};

export type InsertReportCommissionOptions = {
  registeredOn: string;
  supplierId: string | null;
  customerId: string | null;
  operatorId: string;
  invoiceTotal: string;
  invoiceNumber?: string;
  lines: ReportLineFixture[];
};

const sum = (values: (string | undefined)[]) =>
  values.reduce((total, value) => total.plus(value ?? "0"), new Decimal(0)).toFixed(2);

const ensureRuleSet = async () => {
  const existing = await db.commissionRuleSet.findFirst({ where: { version: 9_999 }, select: { id: true } });
  if (existing) return existing.id;
  // Published on insert: the immutability trigger guards updates and deletes only.
  const created = await db.commissionRuleSet.create({
    data: {
      version: 9_999,
      status: "PUBLISHED",
      effectiveFrom: new Date("2020-01-01T00:00:00Z"),
      description: "Reglas de prueba de reportes",
      feeRateBps: 30,
      feeMin: "0.00",
      commissionRateBps: 15,
      commissionMin: "0.00",
      publishedAt: new Date(),
    },
    select: { id: true },
  });
  return created.id;
};

/**
 * Test fixture: an invoice and its commission with lines, written directly (as the pricing transaction will) and
 * added to the daily summaries in the same transaction. Invoice-level amounts are the sums of the lines.
 */
export const insertReportCommission = async ({
  registeredOn,
  supplierId,
  customerId,
  operatorId,
  invoiceTotal,
  invoiceNumber,
  lines,
}: InsertReportCommissionOptions) => {
  const ruleSetId = await ensureRuleSet();
  const eligible = lines.filter((line) => !line.excludedReason);
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    const invoice = await tx.invoice.create({
      data: {
        status: "COMMISSIONED",
        sourceType: "XML",
        sha256: createHash("sha256").update(id).digest("hex"),
        storageKey: `test/${id}`,
        originalFilename: "factura.xml",
        mimeType: "application/xml",
        sizeBytes: 1_000,
        documentType: "INVOICE",
        number: invoiceNumber ?? `FE${id.slice(0, 6)}`,
        issueDate: new Date(`${registeredOn}T00:00:00Z`),
        total: invoiceTotal,
        supplierId,
        customerId,
        uploadedById: operatorId,
      },
    });
    const commission = await tx.commission.create({
      data: {
        invoiceId: invoice.id,
        ruleSetId,
        registeredOn: new Date(`${registeredOn}T00:00:00Z`),
        invoiceTotal,
        eligibleAmount: sum(eligible.map((line) => line.lineAmount)),
        excludedAmount: sum(lines.filter((line) => line.excludedReason).map((line) => line.lineAmount)),
        feeAmount: sum(lines.map((line) => line.feeAmount)),
        commissionAmount: sum(lines.map((line) => line.commissionAmount)),
        withholdingAvoided: sum(lines.map((line) => line.withholdingAvoided)),
        inputs: {},
        inputsHash: createHash("sha256").update(`inputs-${id}`).digest("hex"),
        breakdown: {},
        supplierId,
        customerId,
        operatorId,
        lines: {
          create: lines.map((line, index) => ({
            lineNumber: index + 1,
            classificationCode: line.classificationCode,
            excludedReason: line.excludedReason ?? null,
            lineAmount: line.lineAmount,
            feeAmount: line.feeAmount ?? "0.00",
            commissionAmount: line.commissionAmount ?? "0.00",
            withholdingAvoided: line.withholdingAvoided ?? "0.00",
          })),
        },
      },
    });
    await recordCommissionSummary({ tx, commissionId: commission.id });
    return { invoice, commission };
  });
};
