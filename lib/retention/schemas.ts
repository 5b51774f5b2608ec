import { z } from "zod";

const ZRecordAge = z.object({
  total: z.number().int().describe("Rows in the table"),
  pastRetention: z.number().int().describe("Rows created before the cutoff: their retention period has ended"),
  oldestCreatedAt: z.string().nullable(),
});

export const ZRetentionReport = z
  .object({
    retentionYears: z.number().int(),
    cutoff: z.string().describe("Records created before this instant are past their retention period"),
    invoices: ZRecordAge.extend({
      marked: z.number().int().describe("Invoices the daily retention job has marked (retentionExpiredAt set)"),
      pastRetentionUnmarked: z.number().int().describe("Past the cutoff but not marked yet: the job has not run since"),
    }),
    certificates: ZRecordAge,
    auditEvents: ZRecordAge,
    markedInvoices: z
      .array(
        z.object({
          id: z.uuid(),
          number: z.string().nullable(),
          status: z.string(),
          originalFilename: z.string(),
          createdAt: z.string(),
          retentionExpiredAt: z.string(),
        }),
      )
      .describe("The oldest marked invoices, up to the limit: the records people may decide to purge"),
  })
  .meta({ id: "RetentionReport" });
export type TRetentionReport = z.infer<typeof ZRetentionReport>;

export const ZRetentionReportQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe("Marked invoices listed, oldest first"),
});
