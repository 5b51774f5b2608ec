import { z } from "zod";

export const ZStatementQuery = z.object({
  organizationId: z.uuid(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use un mes AAAA-MM."),
});
export type TStatementQuery = z.infer<typeof ZStatementQuery>;

const ZAmount = z.string().regex(/^-?\d+\.\d{2}$/);

export const ZStatementEntry = z.object({
  registeredOn: z.string().describe("YYYY-MM-DD, Bogotá registration day"),
  invoiceNumber: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  supplierName: z.string().nullable(),
  registeredValue: ZAmount,
  feeAmount: ZAmount,
  commissionAmount: ZAmount,
  withholdingAvoided: ZAmount,
});
export type TStatementEntry = z.infer<typeof ZStatementEntry>;

/** Everything a monthly statement prints: the render function needs nothing else. */
export const ZStatement = z.object({
  organization: z.object({ name: z.string(), nit: z.string(), dv: z.string() }),
  month: z.string(),
  from: z.string(),
  to: z.string(),
  generatedAt: z.string().describe("ISO instant"),
  entries: z.array(ZStatementEntry),
  totals: z.object({
    invoices: z.number().int(),
    registeredValue: ZAmount,
    feeAmount: ZAmount,
    commissionAmount: ZAmount,
    withholdingAvoided: ZAmount,
  }),
});
export type TStatement = z.infer<typeof ZStatement>;
