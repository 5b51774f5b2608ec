"use client";

import CloseOutlined from "@mui/icons-material/CloseOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { formatBasisPoints } from "@/lib/format/format-basis-points";
import { formatDate } from "@/lib/format/format-date";
import { useGetProductQuery } from "@/lib/store/api";
import type { TProductDetail } from "@/lib/catalog/schemas";
import { EligibilityChip } from "./eligibility-chip";

const DRAWER_WIDTH = 440;

const Field = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <Box sx={{ display: "grid", gridTemplateColumns: "150px 1fr", gap: 2, py: 1 }}>
    <Typography component="dt" variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: "anywhere" }} data-testid={testId}>
      {children}
    </Typography>
  </Box>
);

const ProductFields = ({ product }: { product: TProductDetail }) => (
  <Box component="dl" sx={{ m: 0 }}>
    <Field label="Código" testId="product-detail-code">
      {product.code}
    </Field>
    <Field label="GTIN">{product.gtin ?? "—"}</Field>
    <Field label="UNSPSC">{product.unspsc ?? "—"}</Field>
    <Field label="Categoría">{product.category}</Field>
    <Field label="Unidad de medida">{product.unitCode}</Field>
    <Field label="Estado">{product.active ? "Activo" : "Inactivo"}</Field>
    <Divider sx={{ my: 1 }} />
    <Field label="Clasificación DIAN">
      <strong>{product.classificationCode}</strong> · {product.classificationName}
    </Field>
    <Field label="Elegibilidad">
      <EligibilityChip eligibility={product.eligibility} />
    </Field>
    <Field label="Retención que exime" testId="product-detail-withholding">
      {product.withholdingRateBps > 0 ? formatBasisPoints(product.withholdingRateBps) : "Ninguna (no elegible)"}
    </Field>
    <Divider sx={{ my: 1 }} />
    <Field label="Creado">{formatDate(product.createdAt)}</Field>
    <Field label="Actualizado">{formatDate(product.updatedAt)}</Field>
  </Box>
);

export type ProductDetailDrawerProps = {
  /** The product to show; null closes the drawer. */
  code: string | null;
  onClose: () => void;
};

/** A product's every field, read from GET /api/products/{code}; Escape or the close button dismisses it. */
export const ProductDetailDrawer = ({ code, onClose }: ProductDetailDrawerProps) => {
  const { data, error, isFetching } = useGetProductQuery(code ?? "", { skip: code === null });
  const product = data?.code === code ? data : undefined;
  return (
    <Drawer
      anchor="right"
      open={code !== null}
      onClose={onClose}
      // The app bar sits above the navigation drawer; this one is modal and must cover it.
      sx={{ zIndex: (theme) => theme.zIndex.modal }}
      slotProps={{ paper: { sx: { width: { xs: "100%", sm: DRAWER_WIDTH } }, role: "dialog", "aria-labelledby": "product-detail-title" } }}
    >
      <Stack direction="row" sx={{ alignItems: "flex-start", gap: 1, px: 3, pt: 3, pb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="caption" color="text.secondary">
            Detalle del producto
          </Typography>
          <Typography id="product-detail-title" variant="h2" component="h2" sx={{ mt: 0.5 }}>
            {product?.name ?? code}
          </Typography>
        </Box>
        <IconButton aria-label="Cerrar detalle" onClick={onClose} edge="end">
          <CloseOutlined />
        </IconButton>
      </Stack>
      <Divider />
      <Box sx={{ px: 3, py: 2 }}>
        {error && !isFetching ? (
          <Alert severity="error">{apiErrorMessage(error, "No fue posible cargar el producto. Intente de nuevo.")}</Alert>
        ) : product ? (
          <ProductFields product={product} />
        ) : (
          <Stack spacing={1.5} aria-busy="true" aria-label="Cargando producto">
            {Array.from({ length: 8 }, (_, index) => (
              <Skeleton key={index} variant="text" height={28} />
            ))}
          </Stack>
        )}
      </Box>
    </Drawer>
  );
};
