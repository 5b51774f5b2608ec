import { z } from "zod";
import { ZPageQuery } from "@/lib/invoices/schemas";

export const ZEligibility = z.enum(["AGRO_NATURAL", "FIRST_TRANSFORMATION", "NOT_ELIGIBLE"]);
export type TEligibility = z.infer<typeof ZEligibility>;

export const ELIGIBILITY_LABELS: Record<TEligibility, string> = {
  AGRO_NATURAL: "Agro, estado natural",
  FIRST_TRANSFORMATION: "Primera transformación",
  NOT_ELIGIBLE: "No elegible",
};

export const ZFindProductsQuery = ZPageQuery.extend({
  q: z.string().trim().max(200).optional().describe("Words that must all appear in the name, accents ignored"),
});
export type TFindProductsQuery = z.infer<typeof ZFindProductsQuery>;

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

export const ZProductPage = z.object({
  items: z.array(ZProductListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TProductPage = z.infer<typeof ZProductPage>;
