import { z } from "zod";

export const ZEligibility = z.enum(["AGRO_NATURAL", "FIRST_TRANSFORMATION", "NOT_ELIGIBLE"], {
  error: "Elegibilidad inválida: use AGRO_NATURAL, FIRST_TRANSFORMATION o NOT_ELIGIBLE",
});
export type TEligibility = z.infer<typeof ZEligibility>;

export const ELIGIBILITY_LABELS: Record<TEligibility, string> = {
  AGRO_NATURAL: "Agro, estado natural",
  FIRST_TRANSFORMATION: "Primera transformación",
  NOT_ELIGIBLE: "No elegible",
};

/** DIAN tariff heading as the catalog stores it: 4 digits, then optional 2-digit groups ("0901.11"). */
export const ZDianCode = z
  .string()
  .trim()
  .regex(/^\d{4}(\.\d{2}){0,3}$/, "Código de clasificación DIAN inválido (p. ej. 0901.11)");

export const ZProductCode = z
  .string()
  .trim()
  .min(1, "El código de producto está vacío")
  .max(64, "El código de producto tiene más de 64 caracteres")
  // PostgreSQL text cannot hold NUL: without this a %00 in a URL would reach the database and fail there.
  .regex(/^\P{Cc}+$/u, "El código de producto tiene caracteres de control");

/** Page size of the catalog listings, with messages an API caller can act on (422 details). */
const ZPageLimit = z.coerce
  .number({ error: "El límite debe ser un número entero entre 1 y 100" })
  .int("El límite debe ser un número entero entre 1 y 100")
  .min(1, "El límite debe ser un número entero entre 1 y 100")
  .max(100, "El límite debe ser un número entero entre 1 y 100")
  .default(25);

/** Opaque page position handed back by the previous page. */
export const ZCursor = z.string().trim().max(200, "Cursor inválido").regex(/^[A-Za-z0-9_-]+$/, "Cursor inválido");

export const ZProductSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .max(200, "La búsqueda admite hasta 200 caracteres")
    // Pasted text may carry tabs or stray control bytes; PostgreSQL text cannot hold NUL, so they become spaces.
    .transform((text) => text.replace(/\p{Cc}+/gu, " ").trim())
    .optional()
    .describe("Free text: words of the name (typos, abbreviations and missing accents tolerated), a code or a GTIN"),
  classification: ZDianCode.optional().describe("Only products of this DIAN classification"),
  eligibility: ZEligibility.optional().describe("Only products whose classification has this eligibility"),
  limit: ZPageLimit,
  cursor: ZCursor.optional(),
});
export type TProductSearchQuery = z.infer<typeof ZProductSearchQuery>;

export const ZProductListItem = z.object({
  code: z.string(),
  name: z.string(),
  gtin: z.string().nullable(),
  category: z.string(),
  unitCode: z.string(),
  classificationCode: z.string(),
  classificationName: z.string(),
  eligibility: ZEligibility,
});
export type TProductListItem = z.infer<typeof ZProductListItem>;

export const ZProductSearchItem = ZProductListItem.extend({
  /** Relevance in [0,1] when the page answers a text query; null when browsing by code order. */
  score: z.number().min(0).max(1).nullable(),
});
export type TProductSearchItem = z.infer<typeof ZProductSearchItem>;

export const ZProductSearchPage = z.object({
  items: z.array(ZProductSearchItem),
  nextCursor: z.string().nullable(),
});
export type TProductSearchPage = z.infer<typeof ZProductSearchPage>;

export const ZProductDetail = ZProductListItem.extend({
  unspsc: z.string().nullable(),
  active: z.boolean(),
  withholdingRateBps: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type TProductDetail = z.infer<typeof ZProductDetail>;

export const ZClassificationProductsQuery = z.object({
  limit: ZPageLimit,
  cursor: ZCursor.optional(),
});
export type TClassificationProductsQuery = z.infer<typeof ZClassificationProductsQuery>;

export const ZDianClassification = z.object({
  code: z.string(),
  name: z.string(),
  eligibility: ZEligibility,
  withholdingRateBps: z.number().int(),
});
export type TDianClassification = z.infer<typeof ZDianClassification>;

export const ZClassificationProductsPage = ZProductSearchPage.extend({ classification: ZDianClassification });
export type TClassificationProductsPage = z.infer<typeof ZClassificationProductsPage>;
