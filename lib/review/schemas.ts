import { z } from "zod";

/**
 * How a reviewer's correction is recorded: one AuditEvent per corrected value, with action FIELD_CORRECTED_ACTION,
 * entityType "Invoice" and entityId the invoice id. The detail page's history, the dashboard's drift chart and the
 * supplier profiles all read this one shape, so it is the contract between them.
 */
export const FIELD_CORRECTED_ACTION = "invoice.field-corrected";

/**
 * Which value was corrected: a header field of the extraction (`header.total`, `header.supplierNit`) or a field of
 * one line (`lines.3.quantity`, `lines.3.productCode`), numbered by the line's lineNumber.
 */
export const ZCorrectionField = z
  .string()
  .regex(/^(header\.[a-zA-Z]+|lines\.\d+\.[a-zA-Z]+)$/, "header.<field> or lines.<lineNumber>.<field>");
export type TCorrectionField = z.infer<typeof ZCorrectionField>;

/** AuditEvent.after of a correction; AuditEvent.before holds `{ value: before }`. Values are strings as shown. */
export const ZFieldCorrectionAudit = z.object({
  field: ZCorrectionField,
  /** What the extractor read, and how sure it was; null when it read nothing. */
  ocrValue: z.string().nullable(),
  ocrConfidence: z.number().min(0).max(1).nullable(),
  /** The value before this correction (the extractor's, or an earlier correction's) and the value saved. */
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type TFieldCorrectionAudit = z.infer<typeof ZFieldCorrectionAudit>;
