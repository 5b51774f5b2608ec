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

const ZRatio = z.number().min(0).max(1).nullable().describe("0..1, null when there is nothing to divide by");

export const ZInvoicesTodayByStatus = z.object({
  date: z.string().describe("Today in Bogotá, YYYY-MM-DD"),
  byStatus: z.record(ZInvoiceStatus, z.number().int()).describe("Invoices uploaded today, by their current status"),
});
export type TInvoicesTodayByStatus = z.infer<typeof ZInvoicesTodayByStatus>;

export const REVIEW_AGE_BUCKETS = ["underOneHour", "oneToFourHours", "fourToTwentyFourHours", "overTwentyFourHours"] as const;
export type TReviewAgeBucket = (typeof REVIEW_AGE_BUCKETS)[number];
export const REVIEW_AGE_BUCKET_LABELS: Record<TReviewAgeBucket, string> = {
  underOneHour: "Menos de 1 h",
  oneToFourHours: "1 a 4 h",
  fourToTwentyFourHours: "4 a 24 h",
  overTwentyFourHours: "Más de 24 h",
};

export const ZReviewBacklog = z.object({
  count: z.number().int().describe("Invoices waiting in review"),
  oldestSince: z.string().nullable().describe("ISO instant the longest-waiting invoice entered review"),
  oldestAgeSeconds: z.number().int().nullable(),
  buckets: z.record(z.enum(REVIEW_AGE_BUCKETS), z.number().int()).describe("Waiting invoices by time in review"),
});
export type TReviewBacklog = z.infer<typeof ZReviewBacklog>;

export const ZAutoApprovalRate = z.object({
  autoApproved: z.number().int().describe("Approved by validation, without review"),
  decided: z.number().int().describe("Approved or rejected, with or without review"),
  rate: ZRatio,
});
export type TAutoApprovalRate = z.infer<typeof ZAutoApprovalRate>;

export const ZAutoApprovalRates = z.object({ today: ZAutoApprovalRate, lastSevenDays: ZAutoApprovalRate });
export type TAutoApprovalRates = z.infer<typeof ZAutoApprovalRates>;

export const ZProcessingTime = z.object({
  count: z.number().int(),
  averageSeconds: z.number().nullable().describe("Mean time from upload; null when none arrived in the window"),
});
export const ZProcessingTimes = z.object({
  toCertified: ZProcessingTime.describe("Upload to certificate, invoices certified in the last 7 days"),
  toReview: ZProcessingTime.describe("Upload to review, invoices sent to review in the last 7 days"),
});
export type TProcessingTimes = z.infer<typeof ZProcessingTimes>;

export const ZConfidenceDistribution = z.object({
  buckets: z
    .array(z.object({ from: z.number(), to: z.number(), count: z.number().int() }))
    .length(10)
    .describe("Invoices of the last 30 days by confidence, tenths from 0 to 1 (the last includes 1)"),
  withoutConfidence: z.number().int().describe("Not extracted yet, or failed before a confidence was known"),
});
export type TConfidenceDistribution = z.infer<typeof ZConfidenceDistribution>;

export const ZCorrectionDriftDay = z.object({
  date: z.string().describe("Bogotá day, YYYY-MM-DD"),
  reviewed: z.number().int().describe("Invoices whose review was completed that day"),
  corrections: z.number().int().describe("Values corrected that day"),
  correctionsPerInvoice: z.number().nullable(),
});
export type TCorrectionDriftDay = z.infer<typeof ZCorrectionDriftDay>;

export const ZDashboardInsights = z.object({
  today: ZInvoicesTodayByStatus,
  backlog: ZReviewBacklog,
  autoApproval: ZAutoApprovalRates,
  processingTimes: ZProcessingTimes,
  confidence: ZConfidenceDistribution,
  drift: z.array(ZCorrectionDriftDay).describe("The last 30 Bogotá days, oldest first"),
  generatedAt: z.string(),
});
export type TDashboardInsights = z.infer<typeof ZDashboardInsights>;
