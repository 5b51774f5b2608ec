import Decimal from "decimal.js";

export type DecimalInput = Decimal.Value | { toString(): string };

const groupThousands = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * Colombian peso amounts as operators read them: `$ 1.234.567,89`. Exact: the value is never a float, and the
 * second decimal is rounded half-up (as DIAN's printed representations do).
 */
export const formatCop = (value: DecimalInput, { decimals = 2 }: { decimals?: 0 | 2 } = {}): string => {
  const amount = new Decimal(value.toString()).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const [integerPart = "0", fractionPart] = amount.abs().toFixed(decimals).split(".");
  const sign = amount.isNegative() && !amount.isZero() ? "-" : "";
  return `${sign}$ ${groupThousands(integerPart)}${fractionPart ? `,${fractionPart}` : ""}`;
};

/** Plain counts with Colombian grouping: 12.345. */
export const formatCount = (value: number | bigint): string => groupThousands(value.toString());

/**
 * A decimal string ("1209344.00", "12.5") in Colombian style with its own decimals kept, nothing rounded:
 * 1.209.344,00 and 12,5. Text that is not a plain decimal comes back as it is.
 */
export const formatDecimalText = (value: string): string => {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, sign = "", integerPart = "0", fractionPart] = match;
  return `${sign}${groupThousands(integerPart)}${fractionPart ? `,${fractionPart}` : ""}`;
};
