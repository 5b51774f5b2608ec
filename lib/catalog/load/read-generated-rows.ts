import { toCatalogCsvFields } from "@/lib/catalog/format-catalog-csv-line";
import { generateProducts } from "@/lib/catalog/generate-products";
import type { SourceBatch } from "./source-rows";

export type ReadGeneratedRowsOptions = { rows: number; seed: number; startIndex: number; batchRows?: number };

/** Generated products from startIndex on, shaped as CSV fields so they take the same validation as a file. */
export async function* readGeneratedRows({ rows, seed, startIndex, batchRows = 2000 }: ReadGeneratedRowsOptions): AsyncGenerator<SourceBatch> {
  let batch: SourceBatch["rows"] = [];
  let index = startIndex;
  for (const product of generateProducts({ count: Math.max(0, rows - startIndex), seed, startIndex })) {
    batch.push({
      position: index,
      nextOffset: index + 1,
      fields: toCatalogCsvFields(product),
      raw: "",
      normalizedName: product.normalizedName,
    });
    index += 1;
    if (batch.length >= batchRows) {
      yield { rows: batch };
      batch = [];
    }
  }
  if (batch.length > 0) yield { rows: batch };
}
