import Decimal from "decimal.js";
import { computeCufe } from "@/lib/extraction/ubl/compute-cufe";
import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";

/** DIAN's public test numbering range (prefix SETP, 990000000–995000000) and its published technical key. */
export const DIAN_TEST_RANGE = { prefix: "SETP", from: 990_000_000, to: 995_000_000 } as const;
export const DIAN_TEST_TECHNICAL_KEY = "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c";

export type UblInvoiceLine = {
  /** A catalog product code, sent as the seller's item id so the matcher finds it by code. */
  productCode: string;
  description: string;
  quantity: string;
  unitPrice: string;
  unitCode?: string;
};

export type BuildUblInvoiceOptions = {
  /** Position inside the test range: the invoice number is SETP(990000000 + sequence). */
  sequence: number;
  issueDate: string;
  supplier: { nit: string; name: string };
  customer: { nit: string; name: string };
  lines: UblInvoiceLine[];
};

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const party = (role: "AccountingSupplierParty" | "AccountingCustomerParty", { nit, name }: { nit: string; name: string }) => {
  const id = `<cbc:CompanyID schemeAgencyID="195" schemeID="${computeNitCheckDigit(nit)}" schemeName="31">${nit}</cbc:CompanyID>`;
  return `<cac:${role}><cbc:AdditionalAccountID>1</cbc:AdditionalAccountID><cac:Party>
<cac:PartyName><cbc:Name>${escapeXml(name)}</cbc:Name></cac:PartyName>
<cac:PartyTaxScheme><cbc:RegistrationName>${escapeXml(name)}</cbc:RegistrationName>${id}<cac:TaxScheme><cbc:ID>ZZ</cbc:ID><cbc:Name>No aplica</cbc:Name></cac:TaxScheme></cac:PartyTaxScheme>
<cac:PartyLegalEntity><cbc:RegistrationName>${escapeXml(name)}</cbc:RegistrationName>${id}</cac:PartyLegalEntity>
</cac:Party></cac:${role}>`;
};

/**
 * A DIAN UBL 2.1 invoice for VAT-excluded goods (most agricultural products), shaped like DIAN's
 * "Excluido de IVA" sample: numbered in the public test range with a CUFE that verifies against its technical key,
 * valid NIT check digits, and lines whose amounts add up. Used by the pipeline tests, the fault test and the
 * pipeline benchmark to upload realistic electronic invoices in any number.
 */
export const buildUblInvoice = ({ sequence, issueDate, supplier, customer, lines }: BuildUblInvoiceOptions): string => {
  const number = `${DIAN_TEST_RANGE.prefix}${DIAN_TEST_RANGE.from + sequence}`;
  if (DIAN_TEST_RANGE.from + sequence > DIAN_TEST_RANGE.to) throw new Error(`Sequence ${sequence} is outside the test range`);
  const issueTime = "10:30:00-05:00";
  const amounts = lines.map((line) => new Decimal(line.quantity).times(line.unitPrice).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  const total = amounts.reduce((sum, amount) => sum.plus(amount), new Decimal(0)).toFixed(2);
  const { cufe } = computeCufe({
    number,
    issueDate,
    issueTime,
    lineExtensionAmount: total,
    taxAmounts: { iva: null, inc: null, ica: null },
    payableAmount: total,
    supplierNit: supplier.nit,
    customerId: customer.nit,
    secret: DIAN_TEST_TECHNICAL_KEY,
    environment: "2",
  });
  const invoiceLines = lines
    .map(
      (line, index) => `<cac:InvoiceLine><cbc:ID>${index + 1}</cbc:ID>
<cbc:InvoicedQuantity unitCode="${line.unitCode ?? "KGM"}">${line.quantity}</cbc:InvoicedQuantity>
<cbc:LineExtensionAmount currencyID="COP">${amounts[index]!.toFixed(2)}</cbc:LineExtensionAmount>
<cac:Item><cbc:Description>${escapeXml(line.description)}</cbc:Description><cac:SellersItemIdentification><cbc:ID>${escapeXml(line.productCode)}</cbc:ID></cac:SellersItemIdentification></cac:Item>
<cac:Price><cbc:PriceAmount currencyID="COP">${line.unitPrice}</cbc:PriceAmount><cbc:BaseQuantity unitCode="${line.unitCode ?? "KGM"}">1.00</cbc:BaseQuantity></cac:Price>
</cac:InvoiceLine>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2">
<cbc:UBLVersionID>UBL 2.1</cbc:UBLVersionID>
<cbc:CustomizationID>10</cbc:CustomizationID>
<cbc:ProfileID>DIAN 2.1: Factura Electrónica de Venta</cbc:ProfileID>
<cbc:ProfileExecutionID>2</cbc:ProfileExecutionID>
<cbc:ID>${number}</cbc:ID>
<cbc:UUID schemeID="2" schemeName="CUFE-SHA384">${cufe}</cbc:UUID>
<cbc:IssueDate>${issueDate}</cbc:IssueDate>
<cbc:IssueTime>${issueTime}</cbc:IssueTime>
<cbc:InvoiceTypeCode>01</cbc:InvoiceTypeCode>
<cbc:DocumentCurrencyCode>COP</cbc:DocumentCurrencyCode>
<cbc:LineCountNumeric>${lines.length}</cbc:LineCountNumeric>
${party("AccountingSupplierParty", supplier)}
${party("AccountingCustomerParty", customer)}
<cac:LegalMonetaryTotal>
<cbc:LineExtensionAmount currencyID="COP">${total}</cbc:LineExtensionAmount>
<cbc:TaxExclusiveAmount currencyID="COP">0.00</cbc:TaxExclusiveAmount>
<cbc:TaxInclusiveAmount currencyID="COP">${total}</cbc:TaxInclusiveAmount>
<cbc:PayableAmount currencyID="COP">${total}</cbc:PayableAmount>
</cac:LegalMonetaryTotal>
${invoiceLines}
</Invoice>
`;
};
