import { z } from "zod";

export const ZFindingSeverity = z
  .enum(["error", "warning", "info"])
  .describe("error: cannot be registered as read; warning: an operator must look; info: no action");

export const ZValidationFinding = z.object({
  code: z.string().describe("Stable code, e.g. TOTAL_MISMATCH"),
  severity: ZFindingSeverity,
  field: z.string().nullable().describe("Result-shape path the finding is about, e.g. header.total or lines.3.lineAmount"),
  message: z.string().describe("Spanish, actionable by an operator"),
});
export type TValidationFinding = z.infer<typeof ZValidationFinding>;

export const ZValidationOutcome = z.object({
  findings: z.array(ZValidationFinding),
  /** The weakest required field's confidence (0 when one is missing). */
  confidence: z.number().min(0).max(1),
  decision: z.enum(["auto-approve", "review"]),
  /** False when the invoice cannot be registered whatever an operator does (e.g. older than 180 days). */
  isRegistrable: z.boolean(),
});
export type TValidationOutcome = z.infer<typeof ZValidationOutcome>;
