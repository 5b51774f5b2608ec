import type { TExtractedHeader, TExtractedLine, TExtractionResult, TTaxSubtotal, TValueSource } from "@/lib/extraction/schemas";

type ValueOptions = { confidence?: number; source?: TValueSource };

/** Test data: an extracted value as an XML extractor would report it unless told otherwise. */
export const extracted = <T>(value: T, { confidence = 1, source = "xml" }: ValueOptions = {}) => ({
  value,
  confidence,
  source,
  page: source === "xml" ? null : 1,
  bbox: source === "xml" ? null : { x: 0.1, y: 0.1, w: 0.2, h: 0.02 },
});

export const buildTax = (scheme: string, rate: string, taxableAmount: string, amount: string): TTaxSubtotal => ({
  scheme: extracted(scheme),
  name: null,
  rate: extracted(rate),
  taxableAmount: extracted(taxableAmount),
  amount: extracted(amount),
});

export const buildLine = (lineNumber: number, description: string, lineAmount: string): TExtractedLine => ({
  lineNumber,
  description: extracted(description),
  sellerItemCode: null,
  standardItemCode: null,
  standardItemScheme: null,
  quantity: extracted("1"),
  unitCode: extracted("NIU"),
  unitPrice: extracted(lineAmount),
  lineAmount: extracted(lineAmount),
  taxes: [],
});

/** A consistent invoice: two lines of 600.000 and 400.000, IVA 5 % (50.000), total 1.050.000, issued 2026-11-01. */
export const buildExtractionResult = (
  header: Partial<TExtractedHeader> = {},
  lines?: TExtractedLine[],
): TExtractionResult => ({
  sourceType: "XML",
  engines: ["xml"],
  pageCount: 0,
  cufeCheck: null,
  dianValidation: null,
  wrapper: null,
  warnings: [],
  header: {
    documentType: extracted("INVOICE" as const),
    number: extracted("FE-1001"),
    issueDate: extracted("2026-11-01"),
    issueTime: null,
    dueDate: extracted("2026-12-01"),
    currency: extracted("COP"),
    supplierName: extracted("Cooperativa Cafetera del Huila"),
    supplierNit: extracted("900373115"),
    supplierDv: extracted("3"),
    customerName: extracted("Comercializadora Andina SAS"),
    customerId: extracted("800197268"),
    customerDv: extracted("4"),
    subtotal: extracted("1000000.00"),
    taxExclusiveAmount: extracted("1000000.00"),
    taxInclusiveAmount: extracted("1050000.00"),
    allowanceTotal: null,
    chargeTotal: null,
    prepaidAmount: null,
    taxes: [buildTax("01", "5.00", "1000000.00", "50000.00")],
    withholdings: [],
    total: extracted("1050000.00"),
    cufe: null,
    paymentMeans: null,
    ...header,
  },
  lines: lines ?? [buildLine(1, "Café pergamino seco", "600000.00"), buildLine(2, "Cacao en grano", "400000.00")],
});
