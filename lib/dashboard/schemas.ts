import { z } from "zod";
import { ZInvoiceStatus } from "@/lib/invoices/schemas";

export const ZDashboardSummary = z.object({
  invoicesByStatus: z.record(ZInvoiceStatus, z.number().int()).describe("Invoice count per pipeline status"),
  totalInvoices: z.number().int(),
  invoicesToday: z.number().int().describe("Uploaded since midnight in Bogotá"),
  registeredValue: z.string().describe("Sum of totals of certified invoices, exact decimal"),
  products: z.number().int(),
  eligibleClassifications: z.number().int(),
  classifications: z.number().int(),
  activeRuleSet: z
    .object({
      version: z.number().int(),
      effectiveFrom: z.string().nullable(),
      feeRateBps: z.number().int(),
      commissionRateBps: z.number().int(),
    })
    .nullable(),
  generatedAt: z.string(),
});
export type TDashboardSummary = z.infer<typeof ZDashboardSummary>;
