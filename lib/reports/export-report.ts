import { buildReportCsv } from "./build-report-csv";
import { buildReportXlsx } from "./build-report-xlsx";
import { toReportExportTable } from "./report-export-table";
import { runReport } from "./run-report";
import type { TReportQuery } from "./schemas";

/** Exports stop at this many groups; the rest is summed into the "Otros" row, so totals stay complete. */
export const EXPORT_ROW_CAP = 100_000;

export type ReportExportFormat = "csv" | "xlsx";

export type ExportReportOptions = { query: TReportQuery; format: ReportExportFormat };

export type ReportExport = { body: Buffer; contentType: string; filename: string };

/** The whole report (every group up to the cap, from the first), as a CSV or XLSX file. */
export const exportReport = async ({ query, format }: ExportReportOptions): Promise<ReportExport> => {
  const result = await runReport({ query: { ...query, offset: 0, limit: EXPORT_ROW_CAP } });
  const table = toReportExportTable({ result });
  const filename = `reporte-${query.dimension}-${query.from}-a-${query.to}.${format}`;
  if (format === "csv") {
    return { body: buildReportCsv({ table }), contentType: "text/csv; charset=utf-8", filename };
  }
  return {
    body: await buildReportXlsx({ table }),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename,
  };
};
