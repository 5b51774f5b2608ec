"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { Gauge } from "@mui/x-charts/Gauge";
import { LineChart } from "@mui/x-charts/LineChart";
import { LinkButton } from "@/components/common/link-button";
import { REVIEW_AGE_BUCKET_LABELS, REVIEW_AGE_BUCKETS, type TAutoApprovalRate } from "@/lib/dashboard/schemas";
import { formatCount } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { formatDuration } from "@/lib/format/format-duration";
import { formatPercent } from "@/lib/format/format-percent";
import { INVOICE_STATUS_LABELS, ZInvoiceStatus } from "@/lib/invoices/schemas";
import { useGetDashboardInsightsQuery } from "@/lib/store/dashboard-api";
import { ChartFigure } from "./chart-figure";
import { CountBarChart } from "./count-bar-chart";

const REFRESH_MS = 60_000;
const GREEN = "#1b5e20";
const AMBER = "#f9a825";

const invoices = (count: number) => `${formatCount(count)} ${count === 1 ? "factura" : "facturas"}`;

const dayMonth = (isoDate: string) => `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}`;

const rateText = (rate: TAutoApprovalRate) =>
  rate.rate === null
    ? "sin decisiones"
    : `${formatPercent(rate.rate)} (${formatCount(rate.autoApproved)} de ${formatCount(rate.decided)})`;

const RateGauge = ({ label, rate, testId }: { label: string; rate: TAutoApprovalRate; testId: string }) => (
  <Stack sx={{ alignItems: "center", flex: 1, minWidth: 140 }}>
    <Gauge
      width={150}
      height={110}
      startAngle={-90}
      endAngle={90}
      value={rate.rate === null ? 0 : Math.round(rate.rate * 1000) / 10}
      text={rate.rate === null ? "—" : formatPercent(rate.rate)}
      // The figure's caption and the text below say the same in words.
      aria-hidden
    />
    <Typography variant="subtitle2" component="p">
      {label}
    </Typography>
    <Typography variant="caption" color="text.secondary" data-testid={testId}>
      {rateText(rate)}
    </Typography>
  </Stack>
);

/**
 * The home page's charts. `canAct` adds the staff shortcuts (review queue, upload); viewers get the same figures
 * without links to pages they cannot open.
 */
export const DashboardInsights = ({ canAct }: { canAct: boolean }) => {
  const { data, error, isLoading } = useGetDashboardInsightsQuery(undefined, { pollingInterval: REFRESH_MS });
  if (error && !data) {
    return <Alert severity="error">No fue posible cargar los indicadores. Se reintentará automáticamente.</Alert>;
  }
  if (isLoading || !data) {
    return (
      <Stack direction="row" sx={{ gap: 2, flexWrap: "wrap" }} aria-busy="true" aria-label="Cargando indicadores">
        {Array.from({ length: 4 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={300} sx={{ flex: "1 1 380px" }} />
        ))}
      </Stack>
    );
  }
  const { today, backlog, autoApproval, processingTimes, confidence, drift } = data;
  const todayTotal = Object.values(today.byStatus).reduce((sum, count) => sum + count, 0);
  const todayRows = ZInvoiceStatus.options.map((status) => ({ label: INVOICE_STATUS_LABELS[status], count: today.byStatus[status] }));
  const confidenceRows = confidence.buckets.map((bucket) => ({
    label: `${Math.round(bucket.from * 100)}–${Math.round(bucket.to * 100)} %`,
    count: bucket.count,
  }));
  const confidenceTotal = confidence.buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const highConfidence = confidence.buckets.slice(9).reduce((sum, bucket) => sum + bucket.count, 0);
  const reviewedDays = drift.filter((day) => day.correctionsPerInvoice !== null);
  const totalReviewed = drift.reduce((sum, day) => sum + day.reviewed, 0);
  const totalCorrections = drift.reduce((sum, day) => sum + day.corrections, 0);
  const lastDay = reviewedDays.at(-1);

  return (
    <Stack spacing={2} component="section" aria-label="Indicadores del proceso" sx={{ mt: 3 }}>
      <Stack direction="row" sx={{ gap: 2, flexWrap: "wrap" }}>
        <ChartFigure
          title="Facturas de hoy por estado"
          description={`${invoices(todayTotal)} ${todayTotal === 1 ? "cargada" : "cargadas"} hoy (${formatCalendarDate(today.date)}, hora de Bogotá), según su estado actual.`}
          testId="chart-today"
        >
          <CountBarChart rows={todayRows} title="Facturas de hoy por estado" color={GREEN} height={300} horizontal />
        </ChartFigure>
        <ChartFigure
          title="Cola de revisión"
          description={
            backlog.count === 0
              ? "No hay facturas esperando revisión."
              : `${invoices(backlog.count)} ${backlog.count === 1 ? "espera" : "esperan"} revisión; la más antigua lleva ${formatDuration(backlog.oldestAgeSeconds ?? 0)}.`
          }
          testId="chart-backlog"
        >
          <Stack direction="row" sx={{ gap: 3, alignItems: "baseline", flexWrap: "wrap" }}>
            <Typography variant="h2" component="p" sx={{ fontSize: "1.75rem" }} data-testid="backlog-count">
              {formatCount(backlog.count)}
            </Typography>
            <Typography variant="body2" color="text.secondary" data-testid="backlog-oldest">
              {backlog.oldestSince
                ? `Más antigua: ${formatDuration(backlog.oldestAgeSeconds ?? 0)} (desde ${formatDateTime(backlog.oldestSince)})`
                : "Sin facturas en espera"}
            </Typography>
            {canAct && backlog.count > 0 && (
              <LinkButton href="/revision" size="small" variant="outlined" sx={{ ml: "auto" }}>
                Ir a revisión
              </LinkButton>
            )}
          </Stack>
          <CountBarChart
            rows={REVIEW_AGE_BUCKETS.map((bucket) => ({ label: REVIEW_AGE_BUCKET_LABELS[bucket], count: backlog.buckets[bucket] }))}
            title="Facturas en revisión por tiempo de espera"
            color={AMBER}
            height={220}
          />
        </ChartFigure>
      </Stack>
      <Stack direction="row" sx={{ gap: 2, flexWrap: "wrap" }}>
        <ChartFigure
          title="Aprobación automática"
          description={`Facturas aprobadas sin revisión sobre todas las decididas. Hoy: ${rateText(autoApproval.today)}. Últimos 7 días: ${rateText(autoApproval.lastSevenDays)}.`}
          testId="chart-auto-approval"
        >
          <Stack direction="row" sx={{ gap: 2, flexWrap: "wrap", justifyContent: "space-around" }}>
            <RateGauge label="Hoy" rate={autoApproval.today} testId="auto-approval-today" />
            <RateGauge label="Últimos 7 días" rate={autoApproval.lastSevenDays} testId="auto-approval-week" />
          </Stack>
        </ChartFigure>
        <ChartFigure
          title="Tiempo de proceso"
          description="Promedio desde la carga, facturas que llegaron a ese punto en los últimos 7 días."
          testId="chart-processing"
        >
          <Box component="dl" sx={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 2, m: 0, mt: 1 }}>
            {(
              [
                ["Hasta certificar", processingTimes.toCertified, "processing-certified"],
                ["Hasta revisión", processingTimes.toReview, "processing-review"],
              ] as const
            ).map(([label, time, testId]) => (
              <Box key={label} sx={{ p: 1.5, borderRadius: 2, bgcolor: "background.default" }}>
                <Typography component="dt" variant="caption" color="text.secondary">
                  {label}
                </Typography>
                <Typography component="dd" variant="h3" sx={{ m: 0 }} data-testid={testId}>
                  {time.averageSeconds === null ? "—" : formatDuration(time.averageSeconds)}
                </Typography>
                <Typography component="dd" variant="caption" color="text.secondary" sx={{ m: 0 }}>
                  {invoices(time.count)}
                </Typography>
              </Box>
            ))}
          </Box>
        </ChartFigure>
      </Stack>
      <Stack direction="row" sx={{ gap: 2, flexWrap: "wrap" }}>
        <ChartFigure
          title="Distribución de confianza"
          description={
            confidenceTotal === 0
              ? "Ninguna factura con confianza calculada en los últimos 30 días."
              : `${invoices(confidenceTotal)} de los últimos 30 días por confianza de extracción; ${formatCount(highConfidence)} sobre 90 %. ${formatCount(confidence.withoutConfidence)} aún sin confianza.`
          }
          testId="chart-confidence"
        >
          <CountBarChart rows={confidenceRows} title="Facturas por confianza de extracción" color={GREEN} height={260} />
        </ChartFigure>
        <ChartFigure
          title="Correcciones por factura revisada"
          description={
            totalReviewed === 0
              ? "Sin revisiones en los últimos 30 días: no hay correcciones que medir."
              : `Valores corregidos por cada factura revisada, por día, últimos 30 días: ${formatCount(totalCorrections)} correcciones en ${formatCount(totalReviewed)} revisiones.${lastDay ? ` Último día con revisiones (${dayMonth(lastDay.date)}): ${(lastDay.correctionsPerInvoice ?? 0).toFixed(2).replace(".", ",")}.` : ""} Si sube, la extracción está empeorando.`
          }
          testId="chart-drift"
        >
          <LineChart
            height={260}
            skipAnimation
            dataset={drift.map((day) => ({ day: dayMonth(day.date), ratio: day.correctionsPerInvoice }))}
            xAxis={[{ scaleType: "point", dataKey: "day", tickLabelStyle: { fontSize: 10 } }]}
            yAxis={[{ min: 0, width: 40 }]}
            series={[
              {
                dataKey: "ratio",
                label: "Correcciones por factura",
                color: AMBER,
                showMark: true,
                valueFormatter: (value) => (value === null ? "sin revisiones" : value.toFixed(2).replace(".", ",")),
              },
            ]}
            hideLegend
            title="Correcciones por factura revisada, últimos 30 días"
          />
        </ChartFigure>
      </Stack>
    </Stack>
  );
};
