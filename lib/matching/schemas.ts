import { z } from "zod";
import { ZEligibility } from "@/lib/catalog/schemas";

const ZItemCode = z
  .string()
  .trim()
  .min(1, "El código está vacío")
  .max(64, "El código tiene más de 64 caracteres")
  .regex(/^\P{Cc}+$/u, "El código tiene caracteres de control");

export const ZMatchLineInput = z.object({
  lineNumber: z.number().int().min(1),
  description: z
    .string()
    // Text pasted from a PDF may carry tabs or stray control bytes; PostgreSQL text cannot hold NUL.
    .transform((text) => text.replace(/\p{Cc}+/gu, " ").trim())
    .pipe(z.string().min(1, "La descripción de la línea está vacía").max(500, "La descripción tiene más de 500 caracteres")),
  /** SellersItemIdentification: the seller's own code, which is the catalog code when the seller uses BMC's. */
  sellerItemCode: ZItemCode.optional(),
  /** StandardItemIdentification: usually a GTIN-13 (schemeID 010). */
  standardItemCode: ZItemCode.optional(),
});
export type TMatchLineInput = z.infer<typeof ZMatchLineInput>;

export const ZMatchLinesRequest = z
  .object({ lines: z.array(ZMatchLineInput).min(1, "Envíe al menos una línea").max(500, "Hasta 500 líneas") })
  .refine(({ lines }) => new Set(lines.map((line) => line.lineNumber)).size === lines.length, {
    message: "Los números de línea se repiten",
    path: ["lines"],
  });
export type TMatchLinesRequest = z.infer<typeof ZMatchLinesRequest>;

export const ZMatchType = z.enum(["code", "gtin", "name"]);
export type TMatchType = z.infer<typeof ZMatchType>;

export const ZMatchStatus = z.enum(["auto_matched", "suggested", "no_match"]);
export type TMatchStatus = z.infer<typeof ZMatchStatus>;

export const ZMatchCandidate = z.object({
  code: z.string(),
  name: z.string(),
  score: z.number().min(0).max(1),
  matchType: ZMatchType,
  classificationCode: z.string(),
  classificationName: z.string(),
  eligibility: ZEligibility,
  unitCode: z.string(),
});
export type TMatchCandidate = z.infer<typeof ZMatchCandidate>;

export const ZLineMatch = z.object({
  lineNumber: z.number().int(),
  status: ZMatchStatus,
  /** Best first, at most 5. */
  candidates: z.array(ZMatchCandidate).max(5),
});
export type TLineMatch = z.infer<typeof ZLineMatch>;

export const ZMatchLinesResult = z.object({ lines: z.array(ZLineMatch) });
export type TMatchLinesResult = z.infer<typeof ZMatchLinesResult>;
