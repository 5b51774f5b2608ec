import { createHash } from "node:crypto";
import Decimal from "decimal.js";

export type ComputeCufeOptions = {
  number: string;
  issueDate: string;
  issueTime: string;
  lineExtensionAmount: string;
  /** Document-level TaxTotal/TaxAmount per DIAN scheme; absent schemes count as 0.00. */
  taxAmounts: { iva: string | null; inc: string | null; ica: string | null };
  payableAmount: string;
  supplierNit: string;
  customerId: string;
  /** The numbering range's technical key (CUFE) or the software PIN (CUDE). */
  secret: string;
  /** cbc:ProfileExecutionID: 1 production, 2 test. */
  environment: string;
};
export type TCufeComputation = { preimage: string; cufe: string };

/** Two decimals, '.' separator, no grouping, half-up: how the annex formats every amount in the CUFE. */
const formatAmount = (amount: string | null): string => new Decimal(amount ?? "0").toFixed(2, Decimal.ROUND_HALF_UP);

/** CUFE/CUDE per the DIAN annex: hex SHA-384 of the concatenated invoice values, the secret and the environment. */
export const computeCufe = ({
  number,
  issueDate,
  issueTime,
  lineExtensionAmount,
  taxAmounts,
  payableAmount,
  supplierNit,
  customerId,
  secret,
  environment,
}: ComputeCufeOptions): TCufeComputation => {
  const preimage = [
    number,
    issueDate,
    issueTime,
    formatAmount(lineExtensionAmount),
    "01",
    formatAmount(taxAmounts.iva),
    "04",
    formatAmount(taxAmounts.inc),
    "03",
    formatAmount(taxAmounts.ica),
    formatAmount(payableAmount),
    supplierNit,
    customerId,
    secret,
    environment,
  ].join("");
  return { preimage, cufe: createHash("sha384").update(preimage, "utf8").digest("hex") };
};
