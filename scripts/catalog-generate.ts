/**
 * npm run catalog:generate -- --rows N [--seed S] [--start I] --out file.csv|-
 * Writes generated products in the catalog CSV export format (docs/catalog-loading.md); identical output for
 * identical arguments.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { CATALOG_CSV_COLUMNS, formatCatalogCsvLine } from "@/lib/catalog/format-catalog-csv-line";
import { generateProducts } from "@/lib/catalog/generate-products";

const usage = "Uso: npm run catalog:generate -- --rows N [--seed S] [--start I] --out archivo.csv|-";
const { values } = parseArgs({ options: { rows: { type: "string" }, seed: { type: "string", default: "1555" }, start: { type: "string", default: "0" }, out: { type: "string" } } });
const rows = Number(values.rows);
const seed = Number(values.seed);
const start = Number(values.start);
if (!values.out || !Number.isSafeInteger(rows) || rows < 0 || !Number.isSafeInteger(seed) || !Number.isSafeInteger(start) || start < 0) {
  console.error(usage);
  process.exit(2);
}
const output = values.out === "-" ? process.stdout : createWriteStream(values.out);
output.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") console.error(`No se pudo escribir ${values.out}: ${error.message}`);
  process.exit(error.code === "EPIPE" ? 0 : 1);
});
let buffer = `${CATALOG_CSV_COLUMNS.join(",")}\n`;
for (const product of generateProducts({ count: rows, seed, startIndex: start })) {
  buffer += formatCatalogCsvLine(product);
  if (buffer.length >= 1 << 20) {
    if (!output.write(buffer)) await once(output, "drain");
    buffer = "";
  }
}
output.end(buffer);
if (output !== process.stdout) await once(output, "finish");
