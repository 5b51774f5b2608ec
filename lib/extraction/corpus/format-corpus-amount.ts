import Decimal from "decimal.js";

export type FormatCorpusAmountOptions = { amount: string; style: "co" | "us"; symbol?: boolean };

/** Prints an exact amount as Colombian ("$ 1.234.567,89") or US-style ("1,234,567.89") invoices do. */
export const formatCorpusAmount = ({ amount, style, symbol = false }: FormatCorpusAmountOptions): string => {
  const fixed = new Decimal(amount).toFixed(2);
  const negative = fixed.startsWith("-");
  const [integer = "0", fraction = "00"] = fixed.replace("-", "").split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, style === "co" ? "." : ",");
  const body = `${grouped}${style === "co" ? "," : "."}${fraction}`;
  return `${negative ? "-" : ""}${symbol ? "$ " : ""}${body}`;
};
