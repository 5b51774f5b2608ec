import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { ProductCatalog } from "@/components/products/product-catalog";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listDianClassifications } from "@/lib/catalog/list-dian-classifications";

export const metadata: Metadata = { title: "Productos" };

const ProductsPage = async () => {
  await requirePageUser("productos");
  // The filter needs codes and names only; database ids stay on the server.
  const classifications = (await listDianClassifications()).map(({ id: _id, ...classification }) => classification);
  return (
    <>
      <PageHeader title="Productos" subtitle="Catálogo de productos con su clasificación DIAN y su elegibilidad para registro" />
      <ProductCatalog classifications={classifications} />
    </>
  );
};

export default ProductsPage;
