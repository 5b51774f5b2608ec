import { getMetrics } from "@/lib/metrics/get-metrics";
import { browseProducts } from "./browse-products";
import { findProductsByText } from "./find-products-by-text";
import type { TProductSearchPage, TProductSearchQuery } from "./schemas";

/** The catalog search behind GET /api/products/search: ranked by relevance with text, in code order without. */
export const searchProducts = async ({ q, ...filters }: TProductSearchQuery): Promise<TProductSearchPage> => {
  const stopTimer = getMetrics().productLookupSeconds.startTimer({ mode: q ? "text" : "browse" });
  try {
    return await (q ? findProductsByText({ ...filters, q }) : browseProducts(filters));
  } finally {
    stopTimer();
  }
};
