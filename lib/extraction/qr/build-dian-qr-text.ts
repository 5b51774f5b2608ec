export type BuildDianQrTextOptions = {
  number: string;
  issueDate: string;
  issueTime: string;
  supplierNit: string;
  customerId: string;
  subtotal: string;
  iva: string;
  otherTaxes: string;
  total: string;
  cufe: string;
};

/** The QR text DIAN's annex prescribes for an invoice's printed representation (used by the test corpus). */
export const buildDianQrText = (invoice: BuildDianQrTextOptions): string =>
  [
    `NumFac=${invoice.number}`,
    `FecFac=${invoice.issueDate}`,
    `HorFac=${invoice.issueTime}`,
    `NitFac=${invoice.supplierNit}`,
    `DocAdq=${invoice.customerId}`,
    `ValFac=${invoice.subtotal}`,
    `ValIva=${invoice.iva}`,
    `ValOtroIm=${invoice.otherTaxes}`,
    `ValTolFac=${invoice.total}`,
    `CUFE=${invoice.cufe}`,
    `https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=${invoice.cufe}`,
  ].join("\n");
