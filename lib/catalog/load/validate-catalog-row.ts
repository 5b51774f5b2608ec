import { isValidGtin13 } from "@/lib/catalog/gtin";
import { normalizeProductName } from "@/lib/catalog/normalize-product-name";
import { isKnownUnitCode } from "@/lib/catalog/unit-codes";
import type { RejectReason } from "./reject-reasons";

export type ValidCatalogRow = {
  code: string;
  name: string;
  normalizedName: string;
  gtin: string | null;
  unspsc: string | null;
  classificationId: number;
  category: string;
  unitCode: string;
  active: boolean;
};

export type CatalogRowValidation = { ok: true; row: ValidCatalogRow } | { ok: false; reason: RejectReason };

export const FIELD_MAX_LENGTHS = { code: 64, name: 300, category: 100, classification: 16 } as const;

// A Map, not an object literal: "constructor" or "__proto__" must not read as a value.
const ACTIVE_VALUES = new Map<string, boolean>([
  ["", true], ["true", true], ["t", true], ["1", true], ["si", true], ["sí", true], ["yes", true],
  ["false", false], ["f", false], ["0", false], ["no", false],
]);

const hasNul = (value: string) => value.includes("\u0000");
const UNSPSC = /^\d{8}$/;

export type ValidateCatalogRowOptions = {
  /** The 8 CSV fields, in CATALOG_CSV_COLUMNS order. */
  fields: readonly string[];
  /** Known DIAN classification codes and their ids. */
  classificationIds: ReadonlyMap<string, number>;
  /** Already computed by the generator; normalized here otherwise. */
  normalizedName?: string;
};

/** One row's checks, in a fixed order, so each rejected row gets exactly one stable reason. */
export const validateCatalogRow = ({ fields, classificationIds, normalizedName }: ValidateCatalogRowOptions): CatalogRowValidation => {
  if (fields.length !== 8) return { ok: false, reason: "MALFORMED_ROW" };
  // Trimmed one by one rather than with map(): this runs for every row of a 60-million-row load.
  const code = (fields[0] as string).trim();
  const name = (fields[1] as string).trim();
  const gtin = (fields[2] as string).trim();
  const unspsc = (fields[3] as string).trim();
  const classification = (fields[4] as string).trim();
  const category = (fields[5] as string).trim();
  const unitCode = (fields[6] as string).trim().toUpperCase();
  const active = (fields[7] as string).trim();
  // PostgreSQL text cannot hold NUL; such a row is not a product name but a broken export.
  if (hasNul(code) || hasNul(name) || hasNul(category) || hasNul(unitCode)) return { ok: false, reason: "MALFORMED_ROW" };
  const normalized = normalizedName ?? normalizeProductName(name);
  if (!code || !name || !normalized || !classification || !category || !unitCode) return { ok: false, reason: "MISSING_FIELD" };
  if (
    code.length > FIELD_MAX_LENGTHS.code ||
    name.length > FIELD_MAX_LENGTHS.name ||
    category.length > FIELD_MAX_LENGTHS.category ||
    classification.length > FIELD_MAX_LENGTHS.classification
  ) {
    return { ok: false, reason: "FIELD_TOO_LONG" };
  }
  if (gtin && !isValidGtin13(gtin)) return { ok: false, reason: "INVALID_GTIN" };
  if (unspsc && !UNSPSC.test(unspsc)) return { ok: false, reason: "INVALID_UNSPSC" };
  const isActive = ACTIVE_VALUES.get(active) ?? ACTIVE_VALUES.get(active.toLowerCase());
  if (isActive === undefined) return { ok: false, reason: "INVALID_ACTIVE" };
  const classificationId = classificationIds.get(classification);
  if (classificationId === undefined) return { ok: false, reason: "UNKNOWN_CLASSIFICATION" };
  if (!isKnownUnitCode(unitCode)) return { ok: false, reason: "INVALID_UNIT" };
  return {
    ok: true,
    row: {
      code,
      name,
      normalizedName: normalized,
      gtin: gtin || null,
      unspsc: unspsc || null,
      classificationId,
      category,
      unitCode,
      active: isActive,
    },
  };
};
