import { formatPeriodLabel } from "./format-period-label";
import { REPORT_DIMENSION_LABELS, type TReportMeasures, type TReportResult } from "./schemas";

export type ExportCell =
  | { kind: "text"; value: string }
  | { kind: "count"; value: number }
  | { kind: "amount"; value: string }
  | { kind: "date"; value: string };

export type ExportTable = { title: string; headers: string[]; rows: ExportCell[][] };

const MEASURE_HEADERS = ["Facturas", "Valor registrado", "Valor elegible", "Tarifa BMC", "Comisión", "Retención evitada"];

const measureCells = (measures: TReportMeasures): ExportCell[] => [
  { kind: "count", value: measures.invoices },
  { kind: "amount", value: measures.registeredValue },
  { kind: "amount", value: measures.eligibleValue },
  { kind: "amount", value: measures.feeAmount },
  { kind: "amount", value: measures.commissionAmount },
  { kind: "amount", value: measures.withholdingAvoided },
];

export type ToReportExportTableOptions = { result: TReportResult };

/**
 * The rows an export writes, typed per cell so each format writes amounts as numbers and period starts as dates;
 * "Otros" (groups past the export cap) and the total close the table. Shared by the CSV and XLSX writers.
 */
export const toReportExportTable = ({ result }: ToReportExportTableOptions): ExportTable => {
  const { dimension, from, to } = result.query;
  const isPeriod = dimension === "period";
  const title = `Reporte: ${REPORT_DIMENSION_LABELS[dimension]}, ${formatPeriodLabel({ start: from, granularity: "day" })} a ${formatPeriodLabel({ start: to, granularity: "day" })}`;
  const headers = [REPORT_DIMENSION_LABELS[dimension], isPeriod ? "Desde" : "Código / id", ...MEASURE_HEADERS];
  const rows: ExportCell[][] = result.rows.map((row) => [
    { kind: "text", value: row.label },
    isPeriod && row.key ? { kind: "date", value: row.key } : { kind: "text", value: row.key ?? "" },
    ...measureCells(row),
  ]);
  if (result.others) rows.push([{ kind: "text", value: "Otros" }, { kind: "text", value: "" }, ...measureCells(result.others)]);
  rows.push([{ kind: "text", value: "Total" }, { kind: "text", value: "" }, ...measureCells(result.total)]);
  return { title, headers, rows };
};
