import { getRuleSetInForce } from "@/lib/commissions/get-rule-set-in-force";
import { getEnv } from "@/lib/env";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { findDuplicateInvoice } from "./find-duplicate-invoice";
import type { TValidationOutcome } from "./schemas";
import { validateExtraction } from "./validate-extraction";

/** Used when no rule set is in force yet: the age limit every published version has had so far. */
const DEFAULT_MAX_INVOICE_AGE_DAYS = 180;

export type ValidateInvoiceExtractionOptions = {
  invoiceId: string;
  result: TExtractionResult;
  now?: Date;
};

/**
 * Validates one invoice's extraction with what the pure checks need from the database: another upload of the same
 * supplier's number, and the age limit of the rule set in force. Run after extraction and after every correction.
 */
export const validateInvoiceExtraction = async ({ invoiceId, result, now = new Date() }: ValidateInvoiceExtractionOptions): Promise<TValidationOutcome> => {
  const { supplierNit, number } = result.header;
  const [duplicateOfInvoiceId, ruleSet] = await Promise.all([
    supplierNit && number ? findDuplicateInvoice({ supplierNit: supplierNit.value, number: number.value, excludeInvoiceId: invoiceId }) : null,
    getRuleSetInForce(now),
  ]);
  return validateExtraction({
    result,
    today: toBogotaIsoDate(now),
    maxInvoiceAgeDays: ruleSet?.maxInvoiceAgeDays ?? DEFAULT_MAX_INVOICE_AGE_DAYS,
    duplicateOfInvoiceId,
    autoApproveThreshold: getEnv().AUTO_APPROVE_THRESHOLD,
  });
};
