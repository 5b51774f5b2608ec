import { DOCUMENT_TYPE_LABELS, type TExtractedField } from "@/lib/review/list-extracted-fields";
import { formatAmount } from "@/lib/format/format-amount";
import { formatCalendarDate } from "@/lib/format/format-date";

/** A read value as operators read it: amounts in the invoice currency, DD/MM/YYYY dates, decimal commas. */
export const formatExtractedValue = (field: Pick<TExtractedField, "key" | "kind" | "value">, currency: string | null | undefined): string => {
  if (field.value === null) return "—";
  if (field.key === "header.documentType") return (DOCUMENT_TYPE_LABELS as Record<string, string | undefined>)[field.value] ?? field.value;
  if (field.kind === "amount") return formatAmount(field.value, currency);
  if (field.kind === "date") return formatCalendarDate(field.value);
  if (field.kind === "quantity") return field.value.replace(".", ",");
  return field.value;
};
