export type ParseColombianAmountOptions = {
  /** As printed: "$ 1.234.567,89", "1,234,567.89", "COP 450.000", "(12.500)". */
  text: string;
};

const CURRENCY_TOKENS = /\b(?:COP|USD|EUR|US|COL|pesos?)\b|\$|€/gi;

const isThousandsGrouping = (integerPart: string, separator: string): boolean => {
  const groups = integerPart.split(separator);
  const [head, ...tail] = groups;
  return !!head && /^\d{1,3}$/.test(head) && tail.every((group) => /^\d{3}$/.test(group));
};

/**
 * An amount as Colombian invoices print it, to an exact decimal string ("1234567.89"), or null when the text is
 * not an amount. Colombia writes 1.234.567,89 but many ERP templates print 1,234,567.89: the separator that comes
 * last and is followed by 1–2 digits is the decimal one; a lone separator followed by exactly 3 digits groups
 * thousands ("450.000" is four hundred fifty thousand pesos, never 450).
 */
export const parseColombianAmount = ({ text }: ParseColombianAmountOptions): string | null => {
  let cleaned = text.replace(CURRENCY_TOKENS, "").replace(/[\s\u00a0]/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(cleaned)) {
    negative = true;
    cleaned = cleaned.slice(1, -1);
  }
  if (cleaned.startsWith("-") || cleaned.endsWith("-")) {
    negative = true;
    cleaned = cleaned.replace(/^-|-$/g, "");
  }
  if (!/^\d[\d.,]*$/.test(cleaned) || /[.,]$/.test(cleaned)) return null;

  const lastDot = cleaned.lastIndexOf(".");
  const lastComma = cleaned.lastIndexOf(",");
  let integerPart = cleaned;
  let decimals = "";
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalSeparator = lastDot > lastComma ? "." : ",";
    const thousandsSeparator = decimalSeparator === "." ? "," : ".";
    const at = cleaned.lastIndexOf(decimalSeparator);
    integerPart = cleaned.slice(0, at);
    decimals = cleaned.slice(at + 1);
    if (integerPart.includes(decimalSeparator) || !isThousandsGrouping(integerPart, thousandsSeparator)) return null;
    integerPart = integerPart.split(thousandsSeparator).join("");
  } else if (lastDot >= 0 || lastComma >= 0) {
    const separator = lastDot >= 0 ? "." : ",";
    const parts = cleaned.split(separator);
    const last = parts.at(-1) ?? "";
    if (parts.length > 2 || last.length === 3) {
      if (!isThousandsGrouping(cleaned, separator)) return null;
      integerPart = parts.join("");
    } else {
      integerPart = parts[0] ?? "";
      decimals = last;
    }
  }
  if (!/^\d+$/.test(integerPart) || !/^\d*$/.test(decimals)) return null;
  const integer = integerPart.replace(/^0+(?=\d)/, "");
  const value = decimals ? `${integer}.${decimals}` : integer;
  return negative && /[1-9]/.test(value) ? `-${value}` : value;
};
