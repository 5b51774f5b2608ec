import ExcelJS from "exceljs";
import { protectSpreadsheetText } from "./protect-spreadsheet-text";
import type { ExportCell, ExportTable } from "./report-export-table";

/** Pesos with thousands grouping and two decimals; Excel shows the user's own separators. */
export const COP_NUMBER_FORMAT = '"$" #,##0.00';
const DATE_FORMAT = "dd/mm/yyyy";

const cellValue = (cell: ExportCell): string | number | Date => {
  switch (cell.kind) {
    case "text":
      return protectSpreadsheetText(cell.value);
    case "count":
      return cell.value;
    // Doubles hold pesos with cents exactly up to about 90 billion millions, far above any report total.
    case "amount":
      return Number(cell.value);
    case "date":
      return new Date(`${cell.value}T00:00:00Z`);
  }
};

export type BuildReportXlsxOptions = { table: ExportTable };

/** One sheet: a title row, the header row (frozen), then one row per group; amounts numeric with the COP format. */
export const buildReportXlsx = async ({ table }: BuildReportXlsxOptions): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cotejo";
  const sheet = workbook.addWorksheet("Reporte", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow([protectSpreadsheetText(table.title)]).font = { bold: true, size: 13 };
  const header = sheet.addRow(table.headers.map(protectSpreadsheetText));
  header.font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(cellValue));
    row.forEach((cell, index) => {
      if (cell.kind === "amount") added.getCell(index + 1).numFmt = COP_NUMBER_FORMAT;
      if (cell.kind === "date") added.getCell(index + 1).numFmt = DATE_FORMAT;
    });
  }
  const last = sheet.lastRow;
  if (last) last.font = { bold: true };
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 48 : index === 1 ? 14 : 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
