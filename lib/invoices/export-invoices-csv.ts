import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format/format-date";
import { buildReportCsv } from "@/lib/reports/build-report-csv";
import type { ExportCell } from "@/lib/reports/report-export-table";
import { INVOICE_STATUS_LABELS, SOURCE_TYPE_LABELS } from "./schemas";
import { INVOICE_LIST_SELECT, toInvoiceListItem } from "./to-invoice-list-item";

const HEADERS = ["Número", "Proveedor", "NIT", "Fecha de emisión", "Total", "Estado", "Confianza", "Origen", "Urgente", "Cargada", "Archivo"];

export type ExportInvoicesCsvOptions = { ids: readonly string[] };

/**
 * The selected invoices as a CSV (the reports' writer: `;`, decimal comma, BOM, formula-safe text), newest upload
 * first. Totals are written exactly as stored; unknown ids are left out.
 */
export const exportInvoicesCsv = async ({ ids }: ExportInvoicesCsvOptions): Promise<{ body: Buffer; filename: string }> => {
  const rows = await db.invoice.findMany({ where: { id: { in: [...ids] } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: INVOICE_LIST_SELECT });
  const text = (value: string | null): ExportCell => ({ kind: "text", value: value ?? "" });
  const table = {
    title: "Facturas seleccionadas",
    headers: HEADERS,
    rows: rows.map(toInvoiceListItem).map((invoice): ExportCell[] => [
      text(invoice.number ?? invoice.originalFilename),
      text(invoice.supplierName),
      text(invoice.supplierNit),
      invoice.issueDate ? { kind: "date", value: invoice.issueDate } : text(null),
      invoice.total ? { kind: "amount", value: invoice.total } : text(null),
      text(INVOICE_STATUS_LABELS[invoice.status]),
      invoice.confidence ? { kind: "amount", value: invoice.confidence } : text(null),
      text(SOURCE_TYPE_LABELS[invoice.sourceType]),
      text(invoice.urgent ? "Sí" : "No"),
      text(formatDateTime(invoice.createdAt)),
      text(invoice.originalFilename),
    ]),
  };
  return { body: buildReportCsv({ table }), filename: `facturas-${new Date().toISOString().slice(0, 10)}.csv` };
};
