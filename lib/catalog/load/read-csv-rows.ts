import { createReadStream } from "node:fs";
import { AppError } from "@/lib/errors";
import { CATALOG_CSV_COLUMNS } from "@/lib/catalog/format-catalog-csv-line";
import { isCatalogCsvHeader } from "./check-csv-header";
import { createCsvRecordSplitter } from "./split-csv-records";
import type { SourceBatch, SourceRow } from "./source-rows";

export type ReadCsvRowsOptions = {
  path: string;
  /** Byte offset of the next unread record (0: the file's start, whose header is checked and skipped). */
  startOffset: number;
  /** Line number of the record at startOffset. */
  startLine: number;
};

/** The catalog CSV's records from a byte offset on; a fresh read checks the header first. */
export async function* readCsvRows({ path, startOffset, startLine }: ReadCsvRowsOptions): AsyncGenerator<SourceBatch> {
  const splitter = createCsvRecordSplitter({ startOffset, startLine });
  let needsHeader = startOffset === 0;
  let bytesRead = startOffset;
  const toRows = (records: ReturnType<typeof splitter.push>): SourceRow[] => {
    const rows: SourceRow[] = [];
    for (const record of records) {
      if (needsHeader) {
        needsHeader = false;
        if (!isCatalogCsvHeader(record.fields)) {
          throw new AppError("INVALID_INPUT", {
            message: `El encabezado del archivo no es el esperado. Debe ser exactamente: ${CATALOG_CSV_COLUMNS.join(",")} (se encontró: ${record.raw.slice(0, 200)})`,
          });
        }
        continue;
      }
      rows.push({ position: record.line, nextOffset: record.endOffset, fields: record.fields, raw: record.raw });
    }
    return rows;
  };
  for await (const piece of createReadStream(path, { start: startOffset, highWaterMark: 256 * 1024 })) {
    const buffer = piece as Buffer;
    bytesRead += buffer.length;
    const rows = toRows(splitter.push(buffer));
    if (rows.length > 0) yield { rows, bytesRead };
  }
  const rows = toRows(splitter.end());
  if (needsHeader) throw new AppError("INVALID_INPUT", { message: "El archivo está vacío: falta el encabezado." });
  if (rows.length > 0) yield { rows, bytesRead };
}
