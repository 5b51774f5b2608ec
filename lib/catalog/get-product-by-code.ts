import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZProductDetail, type TProductDetail } from "./schemas";

export type GetProductByCodeOptions = { code: string };

type ProductDetailRow = Omit<TProductDetail, "createdAt" | "updatedAt"> & { createdAt: Date; updatedAt: Date };

/**
 * One product with its classification, by its catalog code: a hot path (every invoice line's exact-code match and
 * every detail view), so it is one round trip on the unique code index with the classification joined in SQL.
 */
export const getProductByCode = async ({ code }: GetProductByCodeOptions): Promise<TProductDetail> => {
  const [row] = await db.$queryRaw<ProductDetailRow[]>`
    SELECT p."code", p."name", p."gtin", p."category", p."unitCode", p."unspsc", p."active",
           p."createdAt", p."updatedAt",
           c."code" AS "classificationCode", c."name" AS "classificationName",
           c."eligibility"::text AS "eligibility", c."withholdingRateBps"
    FROM "Product" p
    JOIN "DianClassification" c ON c."id" = p."classificationId"
    WHERE p."code" = ${code}`;
  if (!row) throw new AppError("NOT_FOUND", { message: `No existe un producto con el código ${code} en el catálogo.` });
  return ZProductDetail.parse({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });
};
