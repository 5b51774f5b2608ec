import Decimal from "decimal.js";

/**
 * Rounding slack when comparing amounts that were rounded independently: one peso per comparison, plus a cent
 * per summed term (each line was rounded to the cent on its own).
 */
export const amountTolerance = (summedTerms: number): Decimal => new Decimal(1).plus(new Decimal("0.01").times(summedTerms));

export const isWithinTolerance = (actual: Decimal, expected: Decimal, summedTerms: number): boolean =>
  actual.minus(expected).abs().lte(amountTolerance(summedTerms));
