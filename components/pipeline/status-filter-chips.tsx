"use client";

import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Link from "next/link";
import { formatCount } from "@/lib/format/format-cop";
import { INVOICE_STATUS_LABELS, ZInvoiceStatus, type TInvoiceStatus } from "@/lib/invoices/schemas";
import type { TStatusCounts } from "@/lib/pipeline/schemas";

type StatusFilterChipsProps = { basePath: string; counts: TStatusCounts; current?: TInvoiceStatus };

/** One link per pipeline status with its count; the selected one filters the list below. */
export const StatusFilterChips = ({ basePath, counts, current }: StatusFilterChipsProps) => {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap", mb: 3 }} aria-label="Facturas por estado">
      <Chip component={Link} href={basePath} clickable color={current ? "default" : "primary"} label={`Todas · ${formatCount(total)}`} />
      {ZInvoiceStatus.options.map((status) => (
        <Chip
          key={status}
          component={Link}
          href={`${basePath}?status=${status}`}
          clickable
          variant={current === status ? "filled" : "outlined"}
          color={current === status ? "primary" : "default"}
          label={`${INVOICE_STATUS_LABELS[status]} · ${formatCount(counts[status] ?? 0)}`}
        />
      ))}
    </Stack>
  );
};
