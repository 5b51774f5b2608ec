import { inputToIsoDate, isoDateToInput } from "@/lib/format/date-input";
import { formatDecimalText } from "@/lib/format/format-cop";
import { fieldKindOf } from "./list-extracted-fields";
import { parseAmountInput } from "@/lib/format/amount-input";

/** `header.total` → amount, `lines.3.quantity` → quantity, `header.issueDate` → date. */
const kindOfKey = (key: string) => fieldKindOf(key.slice(key.lastIndexOf(".") + 1));
const isNumeric = (kind: ReturnType<typeof kindOfKey>) => kind === "amount" || kind === "quantity";

/** Pure: a stored value as the review screen shows it for editing: amounts 1.209.344,00, dates DD/MM/YYYY. */
export const formatFieldInput = (key: string, value: string | null): string => {
  if (value === null) return "";
  const kind = kindOfKey(key);
  if (isNumeric(kind)) return formatDecimalText(value);
  return kind === "date" ? isoDateToInput(value) : value;
};

/**
 * Pure: what an operator typed, as the value the corrections schema checks: amounts in Colombian or plain style,
 * dates as DD/MM/YYYY (or ISO). Anything else comes back trimmed, for the schema to reject.
 */
export const parseFieldInput = (key: string, text: string): string => {
  const kind = kindOfKey(key);
  if (isNumeric(kind)) return parseAmountInput(text);
  return kind === "date" ? inputToIsoDate(text) : text.trim();
};
