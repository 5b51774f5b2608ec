import Decimal from "decimal.js";
import type { TLayoutWord } from "@/lib/extraction/layout/layout-types";
import { parseAmountWords, parseDateWords, parseText, readCurrency, readInvoiceNumber, readNit } from "@/lib/extraction/layout/parse-field-words";
import type { TProfileField } from "./schemas";

export type TProfileFieldRead = { value: string; words: TLayoutWord[] };

const asString = (read: { value: string; words: TLayoutWord[] } | null): TProfileFieldRead | null => (read ? { value: read.value, words: read.words } : null);
const nitOnly = (read: ReturnType<typeof readNit>): TProfileFieldRead | null => (read ? { value: read.value.nit, words: read.words.slice(0, 1) } : null);

/** Reads one profile field from the words after its label, with the layout extractor's own reader for that field. */
export const readProfileField = (field: TProfileField, words: TLayoutWord[]): TProfileFieldRead | null => {
  switch (field) {
    case "number":
      return asString(readInvoiceNumber(words));
    case "issueDate":
    case "dueDate":
      return asString(parseDateWords(words));
    case "currency":
      return asString(readCurrency(words));
    case "supplierName":
      return asString(parseText(words));
    case "supplierNit":
    case "customerId":
      return nitOnly(readNit(words));
    case "subtotal":
    case "total":
      return asString(parseAmountWords(words));
  }
};

const fold = (value: string) => value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[\s-]+/g, " ").trim();
const sameAmount = (a: string, b: string) => {
  try {
    return new Decimal(a).equals(b);
  } catch {
    return false;
  }
};

/** Whether two values of a field are the same value: amounts as decimals, text without case, accents or spacing. */
export const isSameFieldValue = (field: TProfileField, a: string, b: string): boolean =>
  field === "subtotal" || field === "total" ? sameAmount(a, b) : fold(a) === fold(b);
