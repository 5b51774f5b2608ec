import { NextResponse } from "next/server";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { ZProductSearchPage, ZProductSearchQuery } from "@/lib/catalog/schemas";
import { searchProducts } from "@/lib/catalog/search-products";

// GET /api/products/search - catalog products ranked by a fuzzy text query, or in code order without one
export const GET = withAuth(
  async ({ req }) => {
    const query = ZProductSearchQuery.parse(readSearchParams(req));
    return NextResponse.json(ZProductSearchPage.parse(await searchProducts(query)));
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
