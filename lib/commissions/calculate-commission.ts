import Decimal from "decimal.js";
import { AppError } from "@/lib/errors";
import { calendarDaysBetween } from "@/lib/format/bogota-day";
import { formatCalendarDate } from "@/lib/format/format-date";
import { allocateByLargestRemainder } from "./allocate-by-largest-remainder";
import type {
  TCommissionInput,
  TCommissionLineResult,
  TCommissionResult,
  TExclusionReason,
  TInvoiceCharge,
  TPricingLine,
  TPricingRule,
  TPricingRuleSet,
  TRateSource,
} from "./schemas";

export type CalculateCommissionOptions = { input: TCommissionInput; ruleSet: TPricingRuleSet };

type Charge = "fee" | "commission";
type LineRate = { rateBps: number; source: TRateSource };
type PricedLine = { line: TPricingLine; amount: Decimal; excludedReason: TExclusionReason | null };

const BPS_PER_UNIT = 10_000;
const ZERO = new Decimal(0);
const sum = (values: readonly Decimal[]) => values.reduce((total, value) => total.plus(value), ZERO);
const money = (value: Decimal) => value.toFixed(2);
const ruleRate = (rule: TPricingRule, charge: Charge) => (charge === "fee" ? rule.feeRateBps : rule.commissionRateBps);

const exclusionReason = (line: TPricingLine, amount: Decimal | null): TExclusionReason | null => {
  if (amount === null) return "AMOUNT_MISSING";
  if (amount.lte(0)) return "AMOUNT_NOT_POSITIVE";
  if (!line.product) return "PRODUCT_NOT_MATCHED";
  if (!line.product.active) return "PRODUCT_INACTIVE";
  if (line.product.eligibility === "NOT_ELIGIBLE") return "CLASSIFICATION_NOT_ELIGIBLE";
  return null;
};

const isInBracket = (rule: TPricingRule, amount: Decimal) =>
  rule.kind === "AMOUNT_BRACKET" &&
  (rule.minAmount === null || amount.gte(rule.minAmount)) &&
  (rule.maxAmount === null || amount.lt(rule.maxAmount));

/**
 * The rate of one charge on one line, most specific rule first: the line's DIAN classification, then its product
 * category, then the bracket of the invoice's eligible amount, then the rule set's base rate. A rule that leaves
 * this charge's rate empty does not apply to it.
 */
const pickLineRate = (
  line: TPricingLine,
  charge: Charge,
  ruleSet: TPricingRuleSet,
  bracket: TPricingRule | undefined,
): LineRate => {
  const product = line.product;
  const specific = [
    ruleSet.rules.find(
      (rule) =>
        rule.kind === "CLASSIFICATION_RATE" &&
        rule.classificationCode === product?.classificationCode &&
        ruleRate(rule, charge) !== null,
    ),
    ruleSet.rules.find(
      (rule) => rule.kind === "CATEGORY_RATE" && rule.category === product?.category && ruleRate(rule, charge) !== null,
    ),
    bracket && ruleRate(bracket, charge) !== null ? bracket : undefined,
  ].find((rule) => rule !== undefined);
  if (specific) return { rateBps: ruleRate(specific, charge)!, source: specific.kind };
  return { rateBps: charge === "fee" ? ruleSet.feeRateBps : ruleSet.commissionRateBps, source: "BASE" };
};

const rawCharge = (amount: Decimal, rateBps: number) => amount.times(rateBps).dividedBy(BPS_PER_UNIT);

/** Exact sum → rounded to the peso (half up) → raised to the minimum or lowered to the maximum. */
const settleInvoiceCharge = (raw: Decimal, min: string, max: string | null) => {
  const rounded = raw.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const limitApplied = rounded.lt(min) ? "MIN" : max !== null && rounded.gt(max) ? "MAX" : null;
  const value = limitApplied === "MIN" ? new Decimal(min) : limitApplied === "MAX" ? new Decimal(max!) : rounded;
  const charge: TInvoiceCharge = { raw: raw.toFixed(), rounded: money(rounded), amount: money(value), limitApplied };
  return { charge, value };
};

/**
 * Prices one invoice with one rule-set version: which lines are eligible, the BMC fee and the broker commission
 * (documented in docs/commissions-rules.md), and the withholding the registration avoids. Pure and exact: the same
 * input and version always give the same result, to the character.
 */
export const calculateCommission = ({ input, ruleSet }: CalculateCommissionOptions): TCommissionResult => {
  const invoiceAgeDays = calendarDaysBetween(input.issueDate, input.registeredOn);
  if (invoiceAgeDays < 0) {
    throw new AppError("INVOICE_DATE_IN_FUTURE", {
      message: `La factura fue emitida el ${formatCalendarDate(input.issueDate)}, después de la fecha de registro.`,
    });
  }
  if (invoiceAgeDays > ruleSet.maxInvoiceAgeDays) {
    throw new AppError("INVOICE_TOO_OLD", {
      message:
        `La factura tiene ${invoiceAgeDays} días (emitida el ${formatCalendarDate(input.issueDate)}); ` +
        `solo se registran facturas de hasta ${ruleSet.maxInvoiceAgeDays} días calendario.`,
      details: { invoiceAgeDays, maxInvoiceAgeDays: ruleSet.maxInvoiceAgeDays },
    });
  }

  const pricedLines: PricedLine[] = input.lines.map((line) => {
    const amount = line.lineAmount === null ? null : new Decimal(line.lineAmount);
    return { line, amount: amount ?? ZERO, excludedReason: exclusionReason(line, amount) };
  });
  const eligible = pricedLines.filter((priced) => priced.excludedReason === null);
  if (eligible.length === 0) {
    throw new AppError("NO_ELIGIBLE_LINES", {
      message: "Ninguna línea de la factura es elegible para registro en la BMC.",
      details: { lines: pricedLines.map(({ line, excludedReason }) => ({ lineNumber: line.lineNumber, excludedReason })) },
    });
  }
  const eligibleAmount = sum(eligible.map((priced) => priced.amount));
  const excludedAmount = sum(pricedLines.filter((priced) => priced.excludedReason).map((priced) => priced.amount));
  const bracket = ruleSet.rules.find((rule) => isInBracket(rule, eligibleAmount));

  const chargeLines = (charge: Charge, min: string, max: string | null) => {
    const rates = eligible.map((priced) => pickLineRate(priced.line, charge, ruleSet, bracket));
    const raws = eligible.map((priced, index) => rawCharge(priced.amount, rates[index]!.rateBps));
    const invoice = settleInvoiceCharge(sum(raws), min, max);
    // A minimum charged on lines whose rates are all zero is spread by amount instead.
    const weights = sum(raws).isZero() ? eligible.map((priced) => priced.amount) : raws;
    const shares = allocateByLargestRemainder({ total: invoice.value, weights });
    return { invoice, rates, raws, shares };
  };
  const fee = chargeLines("fee", ruleSet.feeMin, ruleSet.feeMax);
  const commission = chargeLines("commission", ruleSet.commissionMin, ruleSet.commissionMax);

  const withholdingRaws = eligible.map((priced) => rawCharge(priced.amount, priced.line.product!.withholdingRateBps));
  const withholdingAvoided = sum(withholdingRaws).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const withholdingShares = allocateByLargestRemainder({ total: withholdingAvoided, weights: withholdingRaws });

  const lines = pricedLines.map(({ line, amount, excludedReason }): TCommissionLineResult => {
    const index = eligible.findIndex((priced) => priced.line === line);
    const lineCharge = (priced: typeof fee) =>
      index < 0
        ? null
        : {
            ...priced.rates[index]!,
            raw: priced.raws[index]!.toFixed(),
            allocated: money(priced.shares[index]!),
          };
    return {
      lineNumber: line.lineNumber,
      productCode: line.product?.code ?? null,
      classificationCode: line.product?.classificationCode ?? null,
      category: line.product?.category ?? null,
      eligibility: line.product?.eligibility ?? null,
      excludedReason,
      lineAmount: money(amount),
      fee: lineCharge(fee),
      commission: lineCharge(commission),
      withholdingRateBps: index < 0 ? 0 : line.product!.withholdingRateBps,
      withholdingAvoided: money(index < 0 ? ZERO : withholdingShares[index]!),
    };
  });

  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    registeredOn: input.registeredOn,
    invoiceAgeDays,
    invoiceTotal: money(new Decimal(input.invoiceTotal)),
    eligibleAmount: money(eligibleAmount),
    excludedAmount: money(excludedAmount),
    bracket: bracket ? { minAmount: bracket.minAmount, maxAmount: bracket.maxAmount } : null,
    fee: fee.invoice.charge,
    commission: commission.invoice.charge,
    withholdingAvoided: money(withholdingAvoided),
    lines,
  };
};
