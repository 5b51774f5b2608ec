import { z } from "zod";

export const REPORT_DIMENSIONS = ["period", "classification", "supplier", "customer", "operator"] as const;
export const ZReportDimension = z.enum(REPORT_DIMENSIONS);
export type TReportDimension = z.infer<typeof ZReportDimension>;

export const REPORT_GRANULARITIES = ["day", "month", "quarter", "year"] as const;
export const ZReportGranularity = z.enum(REPORT_GRANULARITIES);
export type TReportGranularity = z.infer<typeof ZReportGranularity>;

export const REPORT_DIMENSION_LABELS: Record<TReportDimension, string> = {
  period: "Periodo",
  classification: "Clasificación DIAN",
  supplier: "Proveedor",
  customer: "Cliente",
  operator: "Operador",
};

export const REPORT_GRANULARITY_LABELS: Record<TReportGranularity, string> = {
  day: "Día",
  month: "Mes",
  quarter: "Trimestre",
  year: "Año",
};

/** A calendar date (Bogotá registration day), ISO YYYY-MM-DD, that really exists. */
const ZCalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use una fecha AAAA-MM-DD.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "La fecha no existe.");

/** The largest date range a report covers: ten years keeps period-by-day tables bounded. */
const MAX_RANGE_DAYS = 3_660;

/**
 * One report request, shared by the API route (query string), the Reportes page and RTK Query. `limit`/`offset` page
 * the groups in report order; the groups after the page are summed into "Otros", so page + Otros = the total.
 */
export const ZReportQuery = z
  .object({
    dimension: ZReportDimension.default("period"),
    granularity: ZReportGranularity.default("month"),
    from: ZCalendarDate,
    to: ZCalendarDate,
    supplierId: z.uuid().optional(),
    customerId: z.uuid().optional(),
    classificationCode: z
      .string()
      .trim()
      .regex(/^\d{4}\.\d{2}$/, "Use un código de clasificación como 0901.11.")
      .optional(),
    limit: z.coerce.number().int().min(1).max(1_000).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .refine((query) => query.from <= query.to, { message: "La fecha inicial debe ser anterior o igual a la final.", path: ["from"] })
  .refine(
    (query) => (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 <= MAX_RANGE_DAYS,
    { message: "El rango no puede superar diez años.", path: ["to"] },
  );
export type TReportQuery = z.infer<typeof ZReportQuery>;
export type TReportQueryInput = z.input<typeof ZReportQuery>;

/** Amounts are exact decimal strings (pesos with two decimals). */
const ZAmount = z.string().regex(/^-?\d+\.\d{2}$/);

export const ZReportMeasures = z.object({
  invoices: z.number().int(),
  registeredValue: ZAmount,
  eligibleValue: ZAmount,
  feeAmount: ZAmount,
  commissionAmount: ZAmount,
  withholdingAvoided: ZAmount,
});
export type TReportMeasures = z.infer<typeof ZReportMeasures>;

export const ZReportRow = ZReportMeasures.extend({
  /** Period start (YYYY-MM-DD), classification code, or the organization/user id; null for "no supplier" etc. */
  key: z.string().nullable(),
  label: z.string(),
});
export type TReportRow = z.infer<typeof ZReportRow>;

export const ZReportResult = z.object({
  query: z.object({
    dimension: ZReportDimension,
    granularity: ZReportGranularity,
    from: z.string(),
    to: z.string(),
    limit: z.number().int(),
    offset: z.number().int(),
  }),
  /** Which measures apply: per invoice, or per line (classification reports and filters). */
  basis: z.enum(["invoice", "line"]),
  rows: z.array(ZReportRow),
  /** Groups after this page, summed; null when there are none. */
  others: ZReportMeasures.nullable(),
  total: ZReportMeasures,
  groupCount: z.number().int(),
});
export type TReportResult = z.infer<typeof ZReportResult>;
