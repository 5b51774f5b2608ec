"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { formatBasisPoints } from "@/lib/format/format-basis-points";
import { formatCop, formatCount } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { INVOICE_STATUS_LABELS, ZInvoiceStatus } from "@/lib/invoices/schemas";
import { useGetDashboardSummaryQuery } from "@/lib/store/api";

const REFRESH_MS = 30_000;
const IN_PROGRESS = ["RECEIVED", "EXTRACTING", "MATCHING", "VALIDATING"] as const;

const Metric = ({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: string; testId: string }) => (
  <Paper sx={{ p: 2.5, flex: "1 1 200px", minWidth: 200 }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="h2" component="p" sx={{ mt: 1, fontSize: "1.75rem" }} data-testid={testId}>
      {value}
    </Typography>
    {hint && (
      <Typography variant="caption" color="text.secondary">
        {hint}
      </Typography>
    )}
  </Paper>
);

export const DashboardSummary = () => {
  const { data, error, isLoading } = useGetDashboardSummaryQuery(undefined, { pollingInterval: REFRESH_MS });
  if (error) {
    return <Alert severity="error">No fue posible cargar el resumen. Se reintentará automáticamente.</Alert>;
  }
  if (isLoading || !data) {
    return (
      <Stack direction="row" sx={{ gap: 2, flexWrap: "wrap" }} aria-busy="true">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={116} sx={{ flex: "1 1 200px" }} />
        ))}
      </Stack>
    );
  }
  const inProgress = IN_PROGRESS.reduce((sum, status) => sum + data.invoicesByStatus[status], 0);
  return (
    <Stack spacing={3}>
      <Stack direction="row" sx={{ gap: 2, flexWrap: "wrap" }}>
        <Metric label="Facturas cargadas hoy" value={formatCount(data.invoicesToday)} testId="metric-today" />
        <Metric
          label="En revisión"
          value={formatCount(data.invoicesByStatus.NEEDS_REVIEW)}
          hint="Esperan a un operador"
          testId="metric-review"
        />
        <Metric label="En proceso" value={formatCount(inProgress)} hint="Extracción, cotejo y validación" testId="metric-in-progress" />
        <Metric label="Valor registrado" value={formatCop(data.registeredValue)} hint="Facturas certificadas" testId="metric-registered" />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} sx={{ gap: 2 }}>
        <Paper sx={{ p: 2.5, flex: 2 }}>
          <Typography variant="h3" component="h2" gutterBottom>
            Facturas por estado
          </Typography>
          <Box
            component="dl"
            sx={{ display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))", gap: 1.5, m: 0 }}
          >
            {ZInvoiceStatus.options.map((status) => (
              <Box key={status} sx={{ p: 1.5, borderRadius: 2, bgcolor: "background.default" }}>
                <Typography component="dt" variant="caption" color="text.secondary">
                  {INVOICE_STATUS_LABELS[status]}
                </Typography>
                <Typography component="dd" variant="h3" sx={{ m: 0 }} data-testid={`status-count-${status}`}>
                  {formatCount(data.invoicesByStatus[status])}
                </Typography>
              </Box>
            ))}
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            Total: <strong data-testid="metric-total-invoices">{formatCount(data.totalInvoices)}</strong> facturas
          </Typography>
        </Paper>
        <Paper sx={{ p: 2.5, flex: 1 }}>
          <Typography variant="h3" component="h2" gutterBottom>
            Catálogo y reglas
          </Typography>
          <Stack spacing={1.5}>
            <Typography variant="body2">
              <strong data-testid="metric-products">{formatCount(data.products)}</strong> productos activos en el catálogo
            </Typography>
            <Typography variant="body2">
              <strong data-testid="metric-classifications">{formatCount(data.classifications)}</strong> clasificaciones DIAN,{" "}
              {formatCount(data.eligibleClassifications)} elegibles para registro
            </Typography>
            {data.activeRuleSet ? (
              <Typography variant="body2" data-testid="metric-rule-set">
                Reglas de comisión <strong>v{data.activeRuleSet.version}</strong>
                {data.activeRuleSet.effectiveFrom && ` vigentes desde ${formatCalendarDate(data.activeRuleSet.effectiveFrom)}`}
                : tarifa BMC {formatBasisPoints(data.activeRuleSet.feeRateBps)}, comisión{" "}
                {formatBasisPoints(data.activeRuleSet.commissionRateBps)}
              </Typography>
            ) : (
              <Alert severity="warning">No hay reglas de comisión vigentes.</Alert>
            )}
          </Stack>
        </Paper>
      </Stack>
      <Typography variant="caption" color="text.secondary">
        Actualizado: {formatDateTime(data.generatedAt)} (hora de Bogotá)
      </Typography>
    </Stack>
  );
};
