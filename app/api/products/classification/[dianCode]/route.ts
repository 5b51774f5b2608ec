import { NextResponse } from "next/server";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { listClassificationProducts } from "@/lib/catalog/list-classification-products";
import { ZClassificationProductsPage, ZClassificationProductsQuery, ZDianCode } from "@/lib/catalog/schemas";

// GET /api/products/classification/{dianCode} - a DIAN classification and its products in code order
export const GET = withAuth(
  async ({ req, params }) => {
    const dianCode = ZDianCode.parse(params.dianCode);
    const query = ZClassificationProductsQuery.parse(readSearchParams(req));
    return NextResponse.json(ZClassificationProductsPage.parse(await listClassificationProducts({ dianCode, ...query })));
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
