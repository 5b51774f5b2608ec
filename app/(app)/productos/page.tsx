import SearchOutlined from "@mui/icons-material/SearchOutlined";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import type { Metadata } from "next";
import { DataTable } from "@/components/common/data-table";
import { PageHeader } from "@/components/common/page-header";
import { PagePagination } from "@/components/common/page-pagination";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { findProducts } from "@/lib/catalog/find-products";
import { ELIGIBILITY_LABELS, ZFindProductsQuery } from "@/lib/catalog/schemas";

export const metadata: Metadata = { title: "Productos" };

const ELIGIBILITY_COLORS = { AGRO_NATURAL: "success", FIRST_TRANSFORMATION: "info", NOT_ELIGIBLE: "default" } as const;

const ProductsPage = async ({ searchParams }: { searchParams: Promise<Record<string, string>> }) => {
  await requirePageUser("productos");
  const query = ZFindProductsQuery.catch({ page: 1, pageSize: 25 }).parse(await searchParams);
  const data = await findProducts(query);
  return (
    <>
      <PageHeader title="Productos" subtitle="Catálogo de productos con su clasificación DIAN" />
      <Stack component="form" method="get" direction="row" spacing={1} sx={{ mb: 2, maxWidth: 560 }} role="search">
        <TextField
          name="q"
          size="small"
          label="Buscar por nombre"
          defaultValue={query.q ?? ""}
          placeholder="p. ej. café pergamino"
          fullWidth
        />
        <Button type="submit" variant="contained" startIcon={<SearchOutlined />}>
          Buscar
        </Button>
      </Stack>
      <DataTable
        label="Productos"
        rows={data.items}
        rowKey={(product) => product.code}
        emptyTitle="Ningún producto coincide"
        emptyHint="Pruebe con menos palabras o sin abreviaturas."
        columns={[
          { key: "code", header: "Código", render: (product) => product.code },
          { key: "name", header: "Nombre", render: (product) => product.name },
          { key: "gtin", header: "GTIN", render: (product) => product.gtin ?? "—" },
          {
            key: "classification",
            header: "Clasificación DIAN",
            render: (product) => `${product.classificationCode} · ${product.classificationName}`,
          },
          {
            key: "eligibility",
            header: "Elegibilidad",
            render: (product) => (
              <Chip
                size="small"
                variant="outlined"
                color={ELIGIBILITY_COLORS[product.eligibility]}
                label={ELIGIBILITY_LABELS[product.eligibility]}
              />
            ),
          },
          { key: "unit", header: "Unidad", render: (product) => product.unitCode },
        ]}
        footer={<PagePagination page={data.page} pageSize={data.pageSize} total={data.total} />}
      />
    </>
  );
};

export default ProductsPage;
