"use client";

import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { TExtractedField } from "@/lib/review/list-extracted-fields";
import { ConfidenceBand } from "./confidence-band";
import { formatExtractedValue } from "./format-extracted-value";

export type ExtractedFieldListProps = {
  fields: readonly TExtractedField[];
  currency: string | null;
  activeKey: string | null;
  /** Hover or focus of a field: its box is shown on the document. */
  onActivate: (key: string | null) => void;
  /** Each field's element, so a click on its box on the document can focus it. */
  registerField: (key: string, element: HTMLElement | null) => void;
  /** Fields with a box on the page; the others are not linked to the document. */
  boxedKeys: ReadonlySet<string>;
};

/** The header values read from the invoice, each with its confidence and source. */
export const ExtractedFieldList = ({ fields, currency, activeKey, onActivate, registerField, boxedKeys }: ExtractedFieldListProps) => (
  <Box component="dl" sx={{ m: 0, display: "grid", gridTemplateColumns: "minmax(140px, auto) 1fr", columnGap: 2 }} aria-label="Campos leídos">
    {fields.map((field) => {
      const isActive = field.key === activeKey;
      return (
        <Box
          key={field.key}
          ref={(element: HTMLDivElement | null) => registerField(field.key, element)}
          tabIndex={0}
          data-field-key={field.key}
          aria-describedby={boxedKeys.has(field.key) ? "field-list-hint" : undefined}
          onMouseEnter={() => onActivate(field.key)}
          onMouseLeave={() => onActivate(null)}
          onFocus={() => onActivate(field.key)}
          onBlur={() => onActivate(null)}
          sx={{
            display: "grid",
            gridColumn: "1 / -1",
            gridTemplateColumns: "subgrid",
            alignItems: "center",
            py: 0.75,
            px: 1,
            borderRadius: 1,
            borderLeft: 3,
            borderLeftColor: isActive ? "primary.main" : "transparent",
            bgcolor: isActive ? "action.selected" : undefined,
            outline: "none",
            "&:focus-visible": { boxShadow: (theme) => `0 0 0 2px ${theme.palette.primary.main}` },
          }}
        >
          <Typography component="dt" variant="body2" color="text.secondary">
            {field.label}
          </Typography>
          <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: "anywhere" }}>
              {formatExtractedValue(field, currency)}
            </Typography>
            <ConfidenceBand confidence={field.confidence} source={field.source} />
          </Box>
        </Box>
      );
    })}
  </Box>
);
