import type { GeneratedProduct } from "./generate-products";
import { quoteCsvField } from "./quote-csv-field";

/** The catalog export format the loader reads (docs/catalog-loading.md): this header, then one product a line. */
export const CATALOG_CSV_COLUMNS = ["code", "name", "gtin", "unspsc", "classification_code", "category", "unit_code", "active"] as const;

export const formatCatalogCsvLine = (product: GeneratedProduct): string =>
  [
    product.code,
    product.name,
    product.gtin ?? "",
    product.unspsc ?? "",
    product.classificationCode,
    product.category,
    product.unitCode,
    product.active ? "true" : "false",
  ]
    .map(quoteCsvField)
    .join(",") + "\n";
