export type ParseAmountOptions = { text: string };
export type TParsedAmount = { value: string; repaired: boolean };

// Letters OCR engines put in place of digits inside a number.
const DIGIT_LOOKALIKES: Record<string, string> = { O: "0", o: "0", D: "0", I: "1", l: "1", "|": "1", S: "5", B: "8", ":": ".", ";": "," };

const stripZeros = (integer: string): string => integer.replace(/^0+(?=\d)/, "");

/**
 * Reads an amount printed the Colombian way ("$ 1.234.567,89") or the US way ("1,234,567.89") into an exact
 * decimal string. A single separator followed by exactly three digits is a thousands separator (money is never
 * printed with three decimals on an invoice). Returns null when the text is not unambiguously one number.
 */
export const parseAmount = ({ text }: ParseAmountOptions): TParsedAmount | null => {
  let body = text.replace(/\s+/g, "").replace(/^(COP|USD|\$)+/i, "").replace(/(COP|USD)$/i, "").replace(/^\$/, "");
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1);
  }
  if (body.startsWith("-")) {
    negative = true;
    body = body.slice(1).replace(/^\$/, "");
  }
  if (body.length === 0) return null;
  let repaired = false;
  if (/[^\d.,]/.test(body)) {
    const digitCount = (body.match(/\d/g) ?? []).length;
    if (digitCount < body.replace(/[.,:;]/g, "").length / 2) return null;
    const fixed = body.replace(/[ODIlSB|:;]/g, (char) => DIGIT_LOOKALIKES[char] ?? char);
    if (/[^\d.,]/.test(fixed)) return null;
    body = fixed;
    repaired = true;
  }
  let integer: string;
  let fraction = "";
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(body) || /^\d+,\d{1,2}$/.test(body)) {
    const [whole = "", decimals = ""] = body.split(",");
    integer = whole.replace(/\./g, "");
    fraction = decimals;
  } else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(body) || /^\d+\.\d{1,2}$/.test(body)) {
    const [whole = "", decimals = ""] = body.split(".");
    integer = whole.replace(/,/g, "");
    fraction = decimals;
  } else if (/^\d+$/.test(body)) {
    integer = body;
  } else {
    return null;
  }
  const value = `${negative ? "-" : ""}${stripZeros(integer)}${fraction ? `.${fraction}` : ""}`;
  return { value, repaired };
};
