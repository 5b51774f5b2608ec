import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { browseProducts } from "./browse-products";
import { ZClassificationProductsPage, type TClassificationProductsPage } from "./schemas";

export type ListClassificationProductsOptions = {
  /** DIAN classification code, e.g. "0901.11". */
  dianCode: string;
  limit: number;
  cursor?: string;
};

/** A DIAN classification and its products in code order, a page at a time. */
export const listClassificationProducts = async ({
  dianCode,
  limit,
  cursor,
}: ListClassificationProductsOptions): Promise<TClassificationProductsPage> => {
  const classification = await db.dianClassification.findUnique({
    where: { code: dianCode },
    select: { code: true, name: true, eligibility: true, withholdingRateBps: true },
  });
  if (!classification) {
    throw new AppError("NOT_FOUND", { message: `No existe la clasificación DIAN ${dianCode}.` });
  }
  const page = await browseProducts({ classification: dianCode, limit, cursor });
  return ZClassificationProductsPage.parse({ classification, ...page });
};
