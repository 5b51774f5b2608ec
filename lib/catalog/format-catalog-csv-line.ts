import type { GeneratedProduct } from "./generate-products";
import { quoteCsvField } from "./quote-csv-field";

/** The catalog export format the loader reads (docs/catalog-loading.md): this header, then one product a line. */
export const CATALOG_CSV_COLUMNS = ["code", "name", "gtin", "unspsc", "classification_code", "category", "unit_code", "active"] as const;

/** A product's fields in CATALOG_CSV_COLUMNS order, as an export holds them: what the loader validates either way. */
export const toCatalogCsvFields = (product: GeneratedProduct): string[] => [
  product.code,
  product.name,
  product.gtin ?? "",
  product.unspsc ?? "",
  product.classificationCode,
  product.category,
  product.unitCode,
  product.active ? "true" : "false",
];

export const formatCatalogCsvLine = (product: GeneratedProduct): string =>
  toCatalogCsvFields(product).map(quoteCsvField).join(",") + "\n";
