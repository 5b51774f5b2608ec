import { performance } from "node:perf_hooks";
import { toPricingRuleSet } from "@/lib/commissions/to-pricing-rule-set";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarDateToIso } from "@/lib/format/calendar-date";
import { ZRuleSetPreview, type TRuleSetPreview } from "./schemas";
import { summarizeRuleSetPreview } from "./summarize-rule-set-preview";

export const PREVIEW_INVOICE_COUNT = 1000;

export type PreviewRuleSetOptions = { id: string };

/**
 * The effect of a version (normally the draft) on the last 1,000 priced invoices, newest registration first. Reads
 * only what the comparison needs (stored inputs, charged amounts, date, invoice number) through the registeredOn
 * index; the repricing itself is the pure calculation, in memory.
 */
export const previewRuleSet = async ({ id }: PreviewRuleSetOptions): Promise<TRuleSetPreview> => {
  const started = performance.now();
  const ruleSet = await db.commissionRuleSet.findUnique({ where: { id }, include: { rules: true } });
  if (!ruleSet) throw new AppError("NOT_FOUND", { message: "La versión de reglas no existe." });
  const rows = await db.commission.findMany({
    orderBy: [{ registeredOn: "desc" }, { createdAt: "desc" }],
    take: PREVIEW_INVOICE_COUNT,
    select: {
      invoiceId: true,
      registeredOn: true,
      feeAmount: true,
      commissionAmount: true,
      inputs: true,
      invoice: { select: { number: true } },
    },
  });
  const summary = summarizeRuleSetPreview({
    ruleSet: toPricingRuleSet(ruleSet),
    rows: rows.map((row) => ({
      invoiceId: row.invoiceId,
      invoiceNumber: row.invoice.number,
      registeredOn: calendarDateToIso(row.registeredOn),
      feeAmount: row.feeAmount.toFixed(2),
      commissionAmount: row.commissionAmount.toFixed(2),
      inputs: row.inputs,
    })),
  });
  return ZRuleSetPreview.parse({ ...summary, elapsedMs: Math.round((performance.now() - started) * 10) / 10 });
};
