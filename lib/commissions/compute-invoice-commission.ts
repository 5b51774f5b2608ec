import { AppError } from "@/lib/errors";
import { isoToCalendarDate } from "@/lib/format/calendar-date";
import { buildCommissionRecord } from "./build-commission-record";
import { calculateCommission } from "./calculate-commission";
import { getRuleSetInForce } from "./get-rule-set-in-force";
import { loadCommissionInput } from "./load-commission-input";
import { toPricingRuleSet } from "./to-pricing-rule-set";

export type ComputeInvoiceCommissionOptions = { invoiceId: string; registeredOn: string };

/**
 * Reads the invoice as it is now and prices it with the version in force on the registration date; writes
 * nothing. Published versions cannot change and cannot be published into the past, so the same date always
 * finds the same version.
 */
export const computeInvoiceCommission = async ({ invoiceId, registeredOn }: ComputeInvoiceCommissionOptions) => {
  const subject = await loadCommissionInput({ invoiceId, registeredOn });
  const ruleSet = await getRuleSetInForce(isoToCalendarDate(registeredOn));
  if (!ruleSet) {
    throw new AppError("NO_RULE_SET_IN_FORCE", {
      message: "No hay una versión de reglas de comisión publicada y vigente en la fecha de registro.",
    });
  }
  const result = calculateCommission({ input: subject.input, ruleSet: toPricingRuleSet(ruleSet) });
  return buildCommissionRecord({ ...subject, result });
};
