import { parseAmount } from "@/lib/extraction/parsing/parse-amount";
import { parseDate } from "@/lib/extraction/parsing/parse-date";
import type { TLayoutWord } from "./layout-types";

/**
 * Readers of one field's value from the words that follow its label: each returns the value and the words it used,
 * or null when the words are not that kind of value. Shared by the layout extractor and supplier profiles.
 */

const INVOICE_NUMBER = /^([A-Z]{1,6})?-?(\d{1,15})$/;
const NUMBER_PREFIX_WORDS = new Set(["no", "nro", "numero", "n"]);

export const readInvoiceNumber = (words: TLayoutWord[]): { value: string; words: TLayoutWord[]; repaired: boolean } | null => {
  const tokens = words.filter((word) => !NUMBER_PREFIX_WORDS.has(word.norm) && word.text !== "#" && word.text !== ":");
  const first = tokens[0];
  if (!first) return null;
  const direct = first.text.replace(/[:#]/g, "").toUpperCase();
  if (INVOICE_NUMBER.test(direct) && /\d/.test(direct)) return { value: direct.replace("-", ""), words: [first], repaired: false };
  const second = tokens[1];
  if (second && /^[A-Z]{1,6}$/.test(direct) && /^\d{1,15}$/.test(second.text)) return { value: `${direct}${second.text}`, words: [first, second], repaired: false };
  return null;
};

export const readNit = (words: TLayoutWord[]): { value: { nit: string; dv: string | null }; words: TLayoutWord[] } | null => {
  const tokens = words.filter((word) => !["nit", "cc", "ccnit", "nitcc", "ce", "ti"].includes(word.norm) && word.text !== ":");
  const first = tokens[0];
  if (!first) return null;
  const joined = first.text.replace(/[:]$/, "");
  const match = joined.match(/^(\d{1,3}(?:\.\d{3})+|\d{5,15})(?:-(\d))?$/);
  if (!match?.[1]) return null;
  const nit = match[1].replace(/\./g, "");
  if (match[2]) return { value: { nit, dv: match[2] }, words: [first] };
  const second = tokens[1];
  if (second && /^-?\d$/.test(second.text) && second.left - first.right < (first.bottom - first.top) * 1.5) return { value: { nit, dv: second.text.replace("-", "") }, words: [first, second] };
  return { value: { nit, dv: null }, words: [first] };
};

const CURRENCY_WORDS: Record<string, string> = { cop: "COP", usd: "USD", eur: "EUR", pesos: "COP", dolares: "USD", euros: "EUR" };
export const readCurrency = (words: TLayoutWord[]): { value: string; words: TLayoutWord[] } | null => {
  const explicit = words.find((word) => ["cop", "usd", "eur"].includes(word.norm));
  if (explicit) return { value: CURRENCY_WORDS[explicit.norm] ?? "", words: [explicit] };
  const named = words.find((word) => CURRENCY_WORDS[word.norm]);
  return named ? { value: CURRENCY_WORDS[named.norm] ?? "", words: [named] } : null;
};

export const parseAmountWords = (words: TLayoutWord[]) => {
  const text = words.map((word) => word.text).join("");
  const parsed = parseAmount({ text });
  return parsed ? { value: parsed.value, words, repaired: parsed.repaired } : null;
};
export const parseDateWords = (words: TLayoutWord[]) => {
  for (let size = Math.min(words.length, 5); size >= 1; size -= 1) {
    const parsed = parseDate({ text: words.slice(0, size).map((word) => word.text).join(" ") });
    if (parsed) return { value: parsed, words: words.slice(0, size) };
  }
  return null;
};
export const parseText = (words: TLayoutWord[]) => {
  const text = words.map((word) => word.text).join(" ").replace(/^[:\s]+/, "").trim();
  return /[A-Za-zÁÉÍÓÚÑáéíóúñ]{2}/.test(text) ? { value: text, words } : null;
};

