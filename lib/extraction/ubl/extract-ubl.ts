import { AppError } from "@/lib/errors";
import { ZExtractionResult, type TDocumentType, type TExtractedValue, type TExtractionResult } from "@/lib/extraction/schemas";
import { decodeXmlBytes } from "./decode-xml-bytes";
import { parseXmlTree } from "./parse-xml-tree";
import { readCufeInputs } from "./read-cufe-inputs";
import { readTaxSubtotals } from "./read-tax-subtotals";
import { readUblAmount } from "./read-ubl-amount";
import { readUblLines } from "./read-ubl-lines";
import { readUblParty } from "./read-ubl-party";
import { UBL_NS } from "./ubl-namespaces";
import { unwrapAttachedDocument } from "./unwrap-attached-document";
import { verifyCufe } from "./verify-cufe";
import { xmlValue, type TWarning } from "./xml-value";
import { childOf, childrenOf, textOf, type XNode } from "./xml-node";

const { cbc, cac } = UBL_NS;

export type ExtractUblOptions = {
  xml: Buffer | string;
  /**
   * Technical key (ClTec) of the document's numbering range, or a lookup from the invoice number (the range is
   * known by the number's prefix); without a key the CUFE is "not-verifiable".
   */
  technicalKey?: string | null | ((invoiceNumber: string) => string | null);
};

const DOCUMENT_TYPES: Record<string, TDocumentType> = {
  Invoice: "INVOICE",
  CreditNote: "CREDIT_NOTE",
  DebitNote: "DEBIT_NOTE",
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const notUbl = (root: XNode) =>
  new AppError("XML_NOT_UBL", {
    message: `El XML es un <${root.name}>${root.ns ? ` del espacio de nombres ${root.ns}` : ""}, no una factura electrónica UBL 2.1 (Invoice, CreditNote, DebitNote o AttachedDocument).`,
  });

/**
 * Reads a DIAN UBL 2.1 Invoice, CreditNote or DebitNote (bare or inside an AttachedDocument) into the common
 * extraction result. Bad input is rejected with a stable AppError code (XML_DOCTYPE_FORBIDDEN, XML_MALFORMED,
 * XML_NOT_UBL, EMPTY_FILE); a valid UBL document with missing parts gives nulls and warnings, never an error.
 */
export const extractUbl = ({ xml, technicalKey = null }: ExtractUblOptions): TExtractionResult => {
  if (xml.length === 0) throw new AppError("EMPTY_FILE", { message: "El archivo XML está vacío." });
  const decoded = decodeXmlBytes({ xml });
  const warnings: TWarning[] = [...decoded.warnings];
  const warn = (code: string, message: string) => {
    warnings.push({ code, message });
  };

  // Blank lines before the XML declaration make a file technically malformed, but some invoicing software
  // writes them and nothing else is wrong with those files.
  const root = parseXmlTree({ text: decoded.text.trimStart() });
  let document: XNode;
  let dianValidation: TExtractionResult["dianValidation"] = null;
  let wrapper: TExtractionResult["wrapper"] = null;
  if (root.name === "AttachedDocument" && root.ns === UBL_NS.AttachedDocument) {
    ({ document, dianValidation } = unwrapAttachedDocument({ wrapper: root, warn }));
    wrapper = "AttachedDocument";
  } else if (DOCUMENT_TYPES[root.name] && root.ns === UBL_NS[root.name as keyof typeof UBL_NS]) {
    document = root;
  } else {
    throw notUbl(root);
  }

  const text = (node: XNode | null): TExtractedValue<string> | null => {
    const value = textOf(node);
    return value === null ? null : xmlValue(value);
  };
  const date = (node: XNode | null, label: string): TExtractedValue<string> | null => {
    const value = textOf(node);
    if (value === null) return null;
    // xs:date may carry a time zone ("2019-06-20-05:00"); the calendar day is the first ten characters.
    const day = value.slice(0, 10);
    if (!ISO_DATE.test(day)) {
      warn("UBL_DATE_UNREADABLE", `La fecha "${value}" de ${label} no tiene el formato AAAA-MM-DD.`);
      return null;
    }
    return xmlValue(day);
  };

  const supplier = readUblParty({
    party: childOf(childOf(document, cac, "AccountingSupplierParty"), cac, "Party"),
    role: "emisor",
    warn,
  });
  const customer = readUblParty({
    party: childOf(childOf(document, cac, "AccountingCustomerParty"), cac, "Party"),
    role: "adquiriente",
    warn,
  });

  // DebitNote names its totals RequestedMonetaryTotal; Invoice and CreditNote use LegalMonetaryTotal.
  const totals = childOf(document, cac, "LegalMonetaryTotal") ?? childOf(document, cac, "RequestedMonetaryTotal");
  if (!totals) {
    warn("UBL_TOTALS_MISSING", "El documento no trae LegalMonetaryTotal: no hay subtotal ni total a pagar; revíselo a mano.");
  }
  const amount = (name: string) => readUblAmount({ node: childOf(totals, cbc, name), label: `LegalMonetaryTotal/${name}`, warn });

  const paymentMeans = childrenOf(document, cac, "PaymentMeans");
  const dueDate =
    date(childOf(document, cbc, "DueDate"), "DueDate") ??
    paymentMeans.map((means) => date(childOf(means, cbc, "PaymentDueDate"), "PaymentDueDate")).find((value) => value !== null) ??
    null;
  const paymentMeansCode = paymentMeans.map((means) => textOf(childOf(means, cbc, "PaymentMeansCode"))).find((value) => value !== null);

  const lines = readUblLines({ document, warn });
  const lineCount = textOf(childOf(document, cbc, "LineCountNumeric"));
  if (lineCount !== null && lineCount !== String(lines.length)) {
    warn("UBL_LINE_COUNT_MISMATCH", `El documento dice tener ${lineCount} líneas (LineCountNumeric) y trae ${lines.length}.`);
  }

  const result: TExtractionResult = {
    sourceType: "XML",
    engines: ["xml"],
    pageCount: 0,
    header: {
      documentType: xmlValue(DOCUMENT_TYPES[document.name] ?? "INVOICE"),
      number: text(childOf(document, cbc, "ID")),
      issueDate: date(childOf(document, cbc, "IssueDate"), "IssueDate"),
      issueTime: text(childOf(document, cbc, "IssueTime")),
      dueDate,
      currency: text(childOf(document, cbc, "DocumentCurrencyCode")),
      supplierName: supplier.name,
      supplierNit: supplier.id,
      supplierDv: supplier.dv,
      customerName: customer.name,
      customerId: customer.id,
      customerDv: customer.dv,
      subtotal: amount("LineExtensionAmount"),
      taxExclusiveAmount: amount("TaxExclusiveAmount"),
      taxInclusiveAmount: amount("TaxInclusiveAmount"),
      allowanceTotal: amount("AllowanceTotalAmount"),
      chargeTotal: amount("ChargeTotalAmount"),
      prepaidAmount: amount("PrepaidAmount"),
      taxes: readTaxSubtotals({ parent: document, totalName: "TaxTotal", label: "el documento", warn }),
      withholdings: readTaxSubtotals({ parent: document, totalName: "WithholdingTaxTotal", label: "el documento", warn }),
      total: amount("PayableAmount"),
      cufe: text(childOf(document, cbc, "UUID")),
      paymentMeans: paymentMeansCode ? xmlValue(paymentMeansCode) : null,
    },
    lines,
    cufeCheck: verifyCufe({
      inputs: readCufeInputs({ document }),
      technicalKey:
        typeof technicalKey === "function" ? technicalKey(textOf(childOf(document, cbc, "ID")) ?? "") : technicalKey,
    }),
    dianValidation,
    wrapper,
    warnings,
  };
  return ZExtractionResult.parse(result);
};
