import { z } from "zod";
import { ZEligibility } from "@/lib/catalog/schemas";
import { ZExtractionResult } from "@/lib/extraction/schemas";
import { ZValidationOutcome } from "@/lib/validation/schemas";
import { ZInvoiceListItem } from "./schemas";

export const ZInvoiceDetailLine = z.object({
  lineNumber: z.number().int().min(1),
  description: z.string(),
  quantity: z.string().nullable().describe("Exact decimal as text"),
  unitCode: z.string().nullable(),
  unitPrice: z.string().nullable().describe("Exact decimal as text"),
  lineAmount: z.string().nullable().describe("Exact decimal as text"),
  matchScore: z.string().nullable().describe("Score of the chosen product, 0..1"),
  product: z
    .object({
      code: z.string(),
      name: z.string(),
      classificationCode: z.string(),
      classificationName: z.string(),
      eligibility: ZEligibility,
    })
    .nullable()
    .describe("The catalog product the line was matched to"),
});
export type TInvoiceDetailLine = z.infer<typeof ZInvoiceDetailLine>;

/** Everything the invoice page shows beside the original document. */
export const ZInvoiceDetail = ZInvoiceListItem.extend({
  urgent: z.boolean(),
  mimeType: z.string().describe("Type of the stored original, detected from its bytes"),
  sizeBytes: z.number().int(),
  uploadedBy: z.string().describe("Name of the user who uploaded it"),
  extraction: ZExtractionResult.nullable().describe("Null until the invoice is extracted"),
  validation: ZValidationOutcome.nullable(),
  lines: z.array(ZInvoiceDetailLine),
  certificate: z
    .object({ id: z.uuid(), number: z.string(), verificationCode: z.string(), issuedAt: z.string() })
    .nullable()
    .describe("The certificate in force, if one was issued and not voided"),
});
export type TInvoiceDetail = z.infer<typeof ZInvoiceDetail>;
