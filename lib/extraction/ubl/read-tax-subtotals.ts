import type { TTaxSubtotal } from "@/lib/extraction/schemas";
import { readUblAmount } from "./read-ubl-amount";
import { UBL_NS } from "./ubl-namespaces";
import { xmlValue, type TWarn } from "./xml-value";
import { childOf, childrenOf, textOf, type XNode } from "./xml-node";

const { cbc, cac } = UBL_NS;

export type ReadTaxSubtotalsOptions = {
  parent: XNode | null;
  /** "TaxTotal" for taxes, "WithholdingTaxTotal" for withholdings. */
  totalName: "TaxTotal" | "WithholdingTaxTotal";
  label: string;
  warn: TWarn;
};

/**
 * One entry per TaxSubtotal (scheme + rate), under every TaxTotal (or WithholdingTaxTotal) of the parent. A total
 * without subtotals cannot say its scheme, so it is reported as a warning rather than invented.
 */
export const readTaxSubtotals = ({ parent, totalName, label, warn }: ReadTaxSubtotalsOptions): TTaxSubtotal[] => {
  const result: TTaxSubtotal[] = [];
  for (const total of childrenOf(parent, cac, totalName)) {
    const subtotals = childrenOf(total, cac, "TaxSubtotal");
    if (subtotals.length === 0) {
      warn("UBL_TAX_WITHOUT_SUBTOTAL", `Un ${totalName} de ${label} no trae TaxSubtotal; no se sabe a qué impuesto corresponde.`);
      continue;
    }
    for (const subtotal of subtotals) {
      const category = childOf(subtotal, cac, "TaxCategory");
      const schemeNode = childOf(category, cac, "TaxScheme");
      const scheme = textOf(childOf(schemeNode, cbc, "ID"));
      const amount = readUblAmount({ node: childOf(subtotal, cbc, "TaxAmount"), label: `${totalName} de ${label}`, warn });
      if (!scheme || !amount) {
        warn("UBL_TAX_INCOMPLETE", `Un impuesto de ${label} no trae código de tributo o valor; no se tomó.`);
        continue;
      }
      const name = textOf(childOf(schemeNode, cbc, "Name"));
      result.push({
        scheme: xmlValue(scheme),
        name: name === null ? null : xmlValue(name),
        // Percent normally sits in TaxCategory; UBL also allows it on the subtotal.
        rate: readUblAmount({
          node: childOf(category, cbc, "Percent") ?? childOf(subtotal, cbc, "Percent"),
          label: `tarifa de ${label}`,
          warn,
        }),
        taxableAmount: readUblAmount({ node: childOf(subtotal, cbc, "TaxableAmount"), label: `base de ${label}`, warn }),
        amount,
      });
    }
  }
  return result;
};

