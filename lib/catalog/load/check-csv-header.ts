import { open } from "node:fs/promises";
import { AppError } from "@/lib/errors";
import { CATALOG_CSV_COLUMNS } from "@/lib/catalog/format-catalog-csv-line";
import { createCsvRecordSplitter } from "./split-csv-records";

const BOM = "\uFEFF";
const HEAD_BYTES = 64 * 1024;

/** Whether a CSV header record (its fields as parsed) is the catalog export's. */
export const isCatalogCsvHeader = (fields: readonly string[] | null): boolean =>
  (fields ?? []).map((field, i) => (i === 0 ? field.replace(BOM, "") : field).trim().toLowerCase()).join(",") === CATALOG_CSV_COLUMNS.join(",");

/**
 * Reads the file's first record and refuses anything but the export header, before the load creates its record or
 * drops an index: a wrong file must leave the catalog exactly as it was.
 */
export const checkCsvHeader = async (path: string): Promise<void> => {
  const handle = await open(path, "r");
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const splitter = createCsvRecordSplitter();
  const [first] = [...splitter.push(head), ...splitter.end()];
  if (!first) throw new AppError("INVALID_INPUT", { message: "El archivo está vacío: falta el encabezado." });
  if (!isCatalogCsvHeader(first.fields)) {
    throw new AppError("INVALID_INPUT", {
      message: `El encabezado del archivo no es el esperado. Debe ser exactamente: ${CATALOG_CSV_COLUMNS.join(",")} (se encontró: ${first.raw.slice(0, 200)})`,
    });
  }
};
