import { generateCorpusInvoice, generateCorpusSupplier } from "@/lib/extraction/corpus/generate-corpus-invoice";
import type { TExtractedValue, TExtractionResult } from "@/lib/extraction/schemas";
import type { TFieldCorrectionAudit } from "@/lib/review/schemas";

/**
 * Two invoices of one recurring corpus supplier that prints its own number label (e.g. "Documento de venta", which the
 * generic labels do not know) and sell at least one product in common (same item code on both).
 */
export const recurringSupplierInvoices = () => {
  const supplier = generateCorpusSupplier({ seed: 5, index: 3 });
  const invoices = Array.from({ length: 12 }, (_, index) => generateCorpusInvoice({ seed: 5, index, supplier }));
  const [first] = invoices;
  if (!first) throw new Error("no corpus invoice");
  const second = invoices.slice(1).find((invoice) => invoice.lines.some((line) => first.lines.some((other) => other.code === line.code)));
  if (!second) throw new Error("no second invoice sharing an item code");
  const shared = second.lines.find((line) => first.lines.some((other) => other.code === line.code));
  if (!shared) throw new Error("no shared line");
  return { supplier, first, second, sharedCode: shared.code };
};

/** A reviewer's correction of one header field to `after`, as the correction API audits it and stores the value. */
export const correctHeaderField = (result: TExtractionResult, field: keyof TExtractionResult["header"], after: string) => {
  const current = result.header[field] as TExtractedValue<string> | null;
  const correction: TFieldCorrectionAudit = { field: `header.${field}`, ocrValue: current?.value ?? null, ocrConfidence: current?.confidence ?? null, before: current?.value ?? null, after };
  const value: TExtractedValue<string> = { value: after, confidence: 1, source: current?.source ?? "pdf-text", page: current?.page ?? null, bbox: current?.bbox ?? null };
  return { correction, result: { ...result, header: { ...result.header, [field]: value } } };
};
