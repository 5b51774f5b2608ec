import Decimal from "decimal.js";
import { UBL_NS } from "./ubl-namespaces";
import { childOf, childrenOf, pathOf, textOf, type XNode } from "./xml-node";

const { cbc, cac } = UBL_NS;

export type ReadCufeInputsOptions = { document: XNode };

/** The raw XML values the CUFE is computed from, before any normalization of the extraction result. */
export type TCufeInputs = {
  kind: "CUFE" | "CUDE";
  uuid: string | null;
  number: string | null;
  issueDate: string | null;
  issueTime: string | null;
  lineExtensionAmount: string | null;
  payableAmount: string | null;
  taxAmounts: { iva: string | null; inc: string | null; ica: string | null };
  nitCandidates: { source: "PartyTaxScheme" | "PartyLegalEntity"; nit: string }[];
  customerId: string | null;
  environment: string | null;
};

const isDecimal = (value: string | null): value is string => value !== null && /^-?\d+(\.\d+)?$/.test(value);

/**
 * Sums document-level TaxTotal/TaxAmount per scheme. A TaxTotal belongs to the scheme of its subtotals; one
 * whose subtotals mix schemes cannot be split by TaxTotal and contributes its subtotals' amounts instead.
 */
const taxAmountsByScheme = (document: XNode): Map<string, Decimal> => {
  const sums = new Map<string, Decimal>();
  const add = (scheme: string, amount: string | null) => {
    if (!isDecimal(amount)) return;
    sums.set(scheme, (sums.get(scheme) ?? new Decimal(0)).plus(amount));
  };
  for (const taxTotal of childrenOf(document, cac, "TaxTotal")) {
    const subtotals = childrenOf(taxTotal, cac, "TaxSubtotal");
    const schemes = new Set(
      subtotals.map((subtotal) => textOf(pathOf(subtotal, [cac, "TaxCategory"], [cac, "TaxScheme"], [cbc, "ID"]))),
    );
    const [onlyScheme] = [...schemes];
    if (schemes.size === 1 && onlyScheme) {
      add(onlyScheme, textOf(childOf(taxTotal, cbc, "TaxAmount")));
    } else {
      for (const subtotal of subtotals) {
        const scheme = textOf(pathOf(subtotal, [cac, "TaxCategory"], [cac, "TaxScheme"], [cbc, "ID"]));
        if (scheme) add(scheme, textOf(childOf(subtotal, cbc, "TaxAmount")));
      }
    }
  }
  return sums;
};

const partyId = (party: XNode | null, container: "PartyTaxScheme" | "PartyLegalEntity"): string | null =>
  textOf(pathOf(party, [cac, container], [cbc, "CompanyID"]));

export const readCufeInputs = ({ document }: ReadCufeInputsOptions): TCufeInputs => {
  const uuidNode = childOf(document, cbc, "UUID");
  const schemeName = uuidNode?.attrs.schemeName?.toUpperCase() ?? "";
  const kind = document.name === "Invoice" && !schemeName.startsWith("CUDE") ? "CUFE" : "CUDE";
  const totals =
    childOf(document, cac, "LegalMonetaryTotal") ?? childOf(document, cac, "RequestedMonetaryTotal");
  const supplier = pathOf(document, [cac, "AccountingSupplierParty"], [cac, "Party"]);
  const customer = pathOf(document, [cac, "AccountingCustomerParty"], [cac, "Party"]);
  const taxes = taxAmountsByScheme(document);
  const nitCandidates: TCufeInputs["nitCandidates"] = [];
  for (const source of ["PartyTaxScheme", "PartyLegalEntity"] as const) {
    const nit = partyId(supplier, source);
    if (nit) nitCandidates.push({ source, nit });
  }
  return {
    kind,
    uuid: textOf(uuidNode),
    number: textOf(childOf(document, cbc, "ID")),
    issueDate: textOf(childOf(document, cbc, "IssueDate")),
    issueTime: textOf(childOf(document, cbc, "IssueTime")),
    lineExtensionAmount: textOf(childOf(totals, cbc, "LineExtensionAmount")),
    payableAmount: textOf(childOf(totals, cbc, "PayableAmount")),
    taxAmounts: {
      iva: taxes.get("01")?.toString() ?? null,
      inc: taxes.get("04")?.toString() ?? null,
      ica: taxes.get("03")?.toString() ?? null,
    },
    nitCandidates,
    customerId:
      partyId(customer, "PartyTaxScheme") ??
      partyId(customer, "PartyLegalEntity") ??
      textOf(pathOf(customer, [cac, "PartyIdentification"], [cbc, "ID"])),
    environment: textOf(childOf(document, cbc, "ProfileExecutionID")),
  };
};
