"use client";

import WarningAmberIcon from "@mui/icons-material/WarningAmber";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { formatCop } from "@/lib/format/format-cop";
import type { TLineArithmetic } from "@/lib/review/check-review-arithmetic";
import { LINE_FIELD_LABELS } from "@/lib/review/list-extracted-fields";
import { PRODUCT_FIELD_LABEL, type TReviewLineProduct } from "@/lib/review/schemas";
import { ProductAutocomplete, type ProductAutocompleteProps } from "./product-autocomplete";
import { ReviewField, type ReviewFieldProps } from "./review-field";

type FieldProps = Omit<ReviewFieldProps, "label">;

export type ReviewLinesGridProps = {
  lines: TExtractionResult["lines"];
  products: readonly TReviewLineProduct[];
  arithmetic: readonly TLineArithmetic[];
  fieldProps: (key: string) => FieldProps;
  productProps: (key: string) => Omit<ProductAutocompleteProps, "label" | "value">;
};

const NUMERIC = ["quantity", "unitPrice", "lineAmount"] as const;

/** The line items as an editable grid: product, description, quantity, unit price and amount, checked as typed. */
export const ReviewLinesGrid = ({ lines, products, arithmetic, fieldProps, productProps }: ReviewLinesGridProps) => (
  <Paper variant="outlined">
    {/* One tab stop of its own besides the fields that need attention: a keyboard must be able to scroll the grid
        sideways when the screen is narrower than the line. */}
    <TableContainer tabIndex={0} role="region" aria-label="Líneas a revisar">
      {/* Narrow cell padding: the whole line, product to the computed amount, fits beside the navigation at 1366 px. */}
      <Table size="small" aria-label="Líneas de la factura" sx={{ "& td, & th": { px: 1 } }}>
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell sx={{ minWidth: 200 }}>{PRODUCT_FIELD_LABEL}</TableCell>
            <TableCell sx={{ minWidth: 160 }}>{LINE_FIELD_LABELS.description}</TableCell>
            {NUMERIC.map((name) => (
              <TableCell key={name} align="right" sx={{ minWidth: 100 }}>
                {LINE_FIELD_LABELS[name]}
              </TableCell>
            ))}
            <TableCell align="right" sx={{ whiteSpace: "normal" }}>
              Cantidad × precio
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((_, index) => {
            const lineNumber = index + 1;
            const product = products.find((candidate) => candidate.lineNumber === lineNumber);
            const check = arithmetic[index];
            const label = (name: keyof typeof LINE_FIELD_LABELS | "productCode") =>
              `${name === "productCode" ? PRODUCT_FIELD_LABEL : LINE_FIELD_LABELS[name]}, línea ${lineNumber}`;
            return (
              <TableRow key={lineNumber}>
                <TableCell>{lineNumber}</TableCell>
                <TableCell>
                  <ProductAutocomplete
                    {...productProps(`lines.${lineNumber}.productCode`)}
                    label={label("productCode")}
                    value={product?.productCode ? { code: product.productCode, name: product.productName ?? product.productCode } : null}
                  />
                </TableCell>
                <TableCell>
                  <ReviewField {...fieldProps(`lines.${lineNumber}.description`)} label={label("description")} hideLabel />
                </TableCell>
                {NUMERIC.map((name) => (
                  <TableCell key={name}>
                    <ReviewField {...fieldProps(`lines.${lineNumber}.${name}`)} label={label(name)} hideLabel align="right" />
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ whiteSpace: "nowrap" }}>
                  {check?.expectedAmount ? (
                    <Typography variant="body2" color={check.matches ? "text.secondary" : "warning.main"} component="span">
                      {!check.matches && (
                        <Tooltip title="No coincide con el valor de la línea">
                          <WarningAmberIcon fontSize="inherit" sx={{ mr: 0.5, verticalAlign: "middle" }} />
                        </Tooltip>
                      )}
                      {formatCop(check.expectedAmount)}
                    </Typography>
                  ) : (
                    "—"
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  </Paper>
);
