import { protectSpreadsheetText } from "./protect-spreadsheet-text";
import type { ExportCell, ExportTable } from "./report-export-table";

const BOM = "\uFEFF";
const SEPARATOR = ";";

const quote = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Colombian Excel reads `;` as the separator and `,` as the decimal mark, so amounts are written 1234567,89. */
const cellText = (cell: ExportCell): string => {
  switch (cell.kind) {
    case "text":
      return quote(protectSpreadsheetText(cell.value));
    case "count":
      return String(cell.value);
    case "amount":
      return cell.value.replace(".", ",");
    case "date": {
      const [year, month, day] = cell.value.split("-");
      return `${day}/${month}/${year}`;
    }
  }
};

export type BuildReportCsvOptions = { table: ExportTable };

/** UTF-8 with a BOM (Excel then reads the accents right), `;`-separated, CRLF line ends. */
export const buildReportCsv = ({ table }: BuildReportCsvOptions): Buffer => {
  const lines = [table.headers.map((header) => quote(protectSpreadsheetText(header))), ...table.rows.map((row) => row.map(cellText))];
  return Buffer.from(BOM + lines.map((cells) => cells.join(SEPARATOR)).join("\r\n") + "\r\n", "utf8");
};
