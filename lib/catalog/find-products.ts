import { db } from "@/lib/db";
import { normalizeProductName } from "./normalize-product-name";
import { ZProductPage, type TFindProductsQuery, type TProductPage } from "./schemas";

/**
 * Catalog browsing by words of the name (every word must appear). Fine for the seeded catalog; the matcher for
 * 60 million rows has its own design (docs/catalog-search.md when it lands).
 */
export const findProducts = async ({ q, page, pageSize }: TFindProductsQuery): Promise<TProductPage> => {
  const words = q ? normalizeProductName(q).split(" ").filter(Boolean) : [];
  const where = { AND: words.map((word) => ({ normalizedName: { contains: word } })) };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: { code: "asc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { classification: { select: { code: true, name: true, eligibility: true } } },
    }),
    db.product.count({ where }),
  ]);
  return ZProductPage.parse({
    items: rows.map((product) => ({
      code: product.code,
      name: product.name,
      gtin: product.gtin,
      category: product.category,
      unitCode: product.unitCode,
      classificationCode: product.classification.code,
      classificationName: product.classification.name,
      eligibility: product.classification.eligibility,
    })),
    total,
    page,
    pageSize,
  });
};
