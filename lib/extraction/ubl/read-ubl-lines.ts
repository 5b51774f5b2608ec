import type { TExtractedLine } from "@/lib/extraction/schemas";
import { readTaxSubtotals } from "./read-tax-subtotals";
import { readUblAmount } from "./read-ubl-amount";
import { UBL_NS } from "./ubl-namespaces";
import { xmlValue, type TWarn } from "./xml-value";
import { childOf, childrenOf, pathOf, textOf, type XNode } from "./xml-node";

const { cbc, cac } = UBL_NS;

export type ReadUblLinesOptions = { document: XNode; warn: TWarn };

const LINE_ELEMENTS = {
  Invoice: { line: "InvoiceLine", quantity: "InvoicedQuantity" },
  CreditNote: { line: "CreditNoteLine", quantity: "CreditedQuantity" },
  DebitNote: { line: "DebitNoteLine", quantity: "DebitedQuantity" },
} as const;

const isOne = (raw: string | null) => raw === null || /^\+?0*1(\.0*)?$/.test(raw.trim());

/** The document's lines in document order, each with its item codes, quantity, price, amount and taxes. */
export const readUblLines = ({ document, warn }: ReadUblLinesOptions): TExtractedLine[] => {
  const elements = LINE_ELEMENTS[document.name as keyof typeof LINE_ELEMENTS];
  if (!elements) return [];
  return childrenOf(document, cac, elements.line).map((line, index) => {
    const rawId = textOf(childOf(line, cbc, "ID"));
    const lineNumber = rawId !== null && /^\d{1,9}$/.test(rawId) && Number(rawId) > 0 ? Number(rawId) : index + 1;
    const label = `la línea ${lineNumber}`;
    const item = childOf(line, cac, "Item");
    const descriptionParts = childrenOf(item, cbc, "Description")
      .map((node) => textOf(node))
      .filter((part): part is string => part !== null);
    const description = descriptionParts.length > 0 ? descriptionParts.join(" ") : textOf(childOf(item, cbc, "Name"));
    if (description === null) warn("UBL_LINE_WITHOUT_DESCRIPTION", `La línea ${lineNumber} no trae descripción del producto.`);
    const standardId = pathOf(item, [cac, "StandardItemIdentification"], [cbc, "ID"]);
    const standardCode = textOf(standardId);
    const standardScheme = standardId?.attrs.schemeID?.trim() || null;
    const sellerCode = textOf(pathOf(item, [cac, "SellersItemIdentification"], [cbc, "ID"]));
    const quantityNode = childOf(line, cbc, elements.quantity);
    const unitCode = quantityNode?.attrs.unitCode?.trim() || null;
    const price = childOf(line, cac, "Price");
    const baseQuantity = textOf(childOf(price, cbc, "BaseQuantity"));
    if (!isOne(baseQuantity)) {
      warn(
        "UBL_PRICE_PER_BASE_QUANTITY",
        `El precio de la línea ${lineNumber} es por ${baseQuantity} unidades (BaseQuantity), no por unidad; se dejó tal cual.`,
      );
    }
    return {
      lineNumber,
      description: description === null ? { ...xmlValue(""), confidence: 0 } : xmlValue(description),
      sellerItemCode: sellerCode === null ? null : xmlValue(sellerCode),
      standardItemCode: standardCode === null ? null : xmlValue(standardCode),
      standardItemScheme: standardCode === null || standardScheme === null ? null : xmlValue(standardScheme),
      quantity: readUblAmount({ node: quantityNode, label: `cantidad de ${label}`, warn }),
      unitCode: unitCode === null ? null : xmlValue(unitCode),
      unitPrice: readUblAmount({ node: childOf(price, cbc, "PriceAmount"), label: `precio de ${label}`, warn }),
      lineAmount: readUblAmount({ node: childOf(line, cbc, "LineExtensionAmount"), label: `valor de ${label}`, warn }),
      taxes: readTaxSubtotals({ parent: line, totalName: "TaxTotal", label, warn }),
    };
  });
};
