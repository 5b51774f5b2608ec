import { db } from "@/lib/db";

export type TExactProductRow = {
  id: bigint;
  code: string;
  gtin: string | null;
  name: string;
  normalizedName: string;
  category: string;
  classificationId: number;
  unitCode: string;
};

export type FindExactProductsOptions = { codes: readonly string[]; gtins: readonly string[] };

/** Active products whose catalog code or GTIN is one of those given, in one query (both columns are indexed). */
export const findExactProducts = async ({ codes, gtins }: FindExactProductsOptions): Promise<TExactProductRow[]> => {
  if (codes.length === 0 && gtins.length === 0) return [];
  return db.$queryRaw<TExactProductRow[]>`
    SELECT "id", "code", "gtin", "name", "normalizedName", "category", "classificationId", "unitCode"
    FROM "Product"
    WHERE "active" AND ("code" = ANY(${[...new Set(codes)]}::text[]) OR "gtin" = ANY(${[...new Set(gtins)]}::text[]))`;
};
