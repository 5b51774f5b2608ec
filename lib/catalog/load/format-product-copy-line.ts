import type { ValidCatalogRow } from "./validate-catalog-row";

const SPECIAL = /[\\\t\n\r]/;

/** COPY text format: backslash, tab, LF and CR are the only characters that must be escaped. */
export const escapeCopyText = (value: string): string =>
  SPECIAL.test(value)
    ? value.replace(/[\\\t\n\r]/g, (char) => (char === "\\" ? "\\\\" : char === "\t" ? "\\t" : char === "\n" ? "\\n" : "\\r"))
    : value;

/** Column order of the loader's COPY into "Product". */
export const PRODUCT_COPY_COLUMNS =
  '"id", "code", "name", "normalizedName", "gtin", "unspsc", "classificationId", "category", "unitCode", "active", "createdAt", "updatedAt"';

export type FormatProductCopyLineOptions = { id: bigint | number; row: ValidCatalogRow; timestamp: string };

/** One "Product" row as a line of text-format COPY (\N is NULL). */
export const formatProductCopyLine = ({ id, row, timestamp }: FormatProductCopyLineOptions): string =>
  `${id}\t${escapeCopyText(row.code)}\t${escapeCopyText(row.name)}\t${escapeCopyText(row.normalizedName)}\t${row.gtin ?? "\\N"}\t${
    row.unspsc ?? "\\N"
  }\t${row.classificationId}\t${escapeCopyText(row.category)}\t${escapeCopyText(row.unitCode)}\t${row.active ? "t" : "f"}\t${timestamp}\t${timestamp}\n`;
