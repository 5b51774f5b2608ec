"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { LinkButton } from "@/components/common/link-button";
import { formatCount } from "@/lib/format/format-cop";
import { INVOICE_STATUS_LABELS, ZInvoiceStatus } from "@/lib/invoices/schemas";
import { useGetBatchProgressQuery } from "@/lib/store/api";

const POLL_MS = 2_000;

/**
 * A drop's pipeline batch as it runs: invoices per status, polled until every one is settled, finished
 * (certified, rejected, failed) or waiting for a reviewer, which the pipeline alone will not move.
 */
export const BatchProgressCard = ({ batchId }: { batchId: string }) => {
  const [isPolling, setIsPolling] = useState(true);
  const { data, error } = useGetBatchProgressQuery(batchId, { pollingInterval: isPolling ? POLL_MS : 0 });
  const settled = data !== undefined && data.finished + data.needsReview >= data.total;
  if (settled && isPolling) setIsPolling(false);
  if (error && !data) {
    return <Alert severity="error">{apiErrorMessage(error, "No se pudo consultar el avance del lote. Se reintentará.")}</Alert>;
  }
  if (!data) return <LinearProgress aria-label="Consultando el avance del lote" />;
  const done = data.finished + data.needsReview;
  const percent = data.total === 0 ? 100 : Math.round((done / data.total) * 100);
  return (
    <Box
      component="section"
      aria-label="Avance del lote en el proceso"
      data-testid="batch-progress"
      data-settled={settled ? "true" : "false"}
      sx={{ p: 2, borderRadius: 2, bgcolor: "background.default" }}
    >
      <Stack direction="row" sx={{ justifyContent: "space-between", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
        <Typography variant="subtitle2" component="h3">
          {settled
            ? `Lote procesado: ${formatCount(data.total)} ${data.total === 1 ? "factura" : "facturas"}`
            : `Procesando el lote: ${formatCount(done)} de ${formatCount(data.total)} listas`}
        </Typography>
        <Stack direction="row" sx={{ gap: 1 }}>
          {data.needsReview > 0 && (
            <LinkButton href="/revision" size="small" variant="outlined">
              Revisar ({formatCount(data.needsReview)})
            </LinkButton>
          )}
          <LinkButton href={`/facturas?batch=${data.id}`} size="small">
            Ver el lote en Facturas
          </LinkButton>
        </Stack>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={data.failed > 0 ? "warning" : settled ? "success" : "primary"}
        aria-label="Facturas del lote ya procesadas"
        aria-valuetext={`${percent} %`}
        sx={{ my: 1.5, height: 8, borderRadius: 4 }}
      />
      <Stack direction="row" component="ul" aria-label="Facturas del lote por estado" sx={{ gap: 1, flexWrap: "wrap", listStyle: "none", p: 0, m: 0 }}>
        {ZInvoiceStatus.options
          .filter((status) => (data.counts[status] ?? 0) > 0)
          .map((status) => (
            <Typography component="li" key={status} variant="body2" data-testid={`batch-count-${status}`} sx={{ px: 1, py: 0.25, borderRadius: 1, bgcolor: "background.paper" }}>
              {INVOICE_STATUS_LABELS[status]}: <strong>{formatCount(data.counts[status] ?? 0)}</strong>
            </Typography>
          ))}
      </Stack>
    </Box>
  );
};
