import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getProductByCode } from "@/lib/catalog/get-product-by-code";
import { ZProductCode, ZProductDetail } from "@/lib/catalog/schemas";

// GET /api/products/{code} - one product with its DIAN classification
export const GET = withAuth(
  async ({ params }) => {
    const code = ZProductCode.parse(params.code);
    return NextResponse.json(ZProductDetail.parse(await getProductByCode({ code })));
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
