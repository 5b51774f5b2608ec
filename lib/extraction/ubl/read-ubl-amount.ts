import type { TExtractedValue } from "@/lib/extraction/schemas";
import { normalizeDecimal } from "./normalize-decimal";
import { xmlValue, type TWarn } from "./xml-value";
import { textOf, type XNode } from "./xml-node";

export type ReadUblAmountOptions = { node: XNode | null; label: string; warn: TWarn };

/** An amount element as an exact decimal string; unreadable amounts become null with a warning, never a guess. */
export const readUblAmount = ({ node, label, warn }: ReadUblAmountOptions): TExtractedValue<string> | null => {
  const raw = textOf(node);
  if (raw === null) return null;
  const { value, changed } = normalizeDecimal({ raw });
  if (value === null) {
    warn("UBL_AMOUNT_UNREADABLE", `El valor "${raw}" de ${label} no es un número decimal; revíselo a mano.`);
    return null;
  }
  if (changed && value !== raw) {
    warn("UBL_AMOUNT_NORMALIZED", `El valor "${raw}" de ${label} se leyó como ${value}.`);
  }
  return xmlValue(value);
};
