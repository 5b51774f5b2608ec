import { formatCop, type DecimalInput } from "./format-cop";

/** An amount in its invoice currency: COP as `$ 1.234,50`, others with their ISO code (`USD 1.234,50`). */
export const formatAmount = (value: DecimalInput, currency: string | null | undefined): string => {
  const cop = formatCop(value);
  if (!currency || currency === "COP") return cop;
  return cop.replace(/^(-?)\$ /, `$1${currency} `);
};
