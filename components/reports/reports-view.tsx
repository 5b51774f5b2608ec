"use client";

import DownloadOutlined from "@mui/icons-material/DownloadOutlined";
import PictureAsPdfOutlined from "@mui/icons-material/PictureAsPdfOutlined";
import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { BarChart } from "@mui/x-charts/BarChart";
import { PieChart } from "@mui/x-charts/PieChart";
import { DataGrid, type GridColDef, type GridPaginationModel } from "@mui/x-data-grid";
import { esES } from "@mui/x-data-grid/locales";
import { useMemo, useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { formatCop, formatCount } from "@/lib/format/format-cop";
import { formatPeriodLabel } from "@/lib/reports/format-period-label";
import type { TStatementOrganization } from "@/lib/reports/list-statement-organizations";
import {
  REPORT_DIMENSION_LABELS,
  REPORT_DIMENSIONS,
  REPORT_GRANULARITIES,
  REPORT_GRANULARITY_LABELS,
  type TReportDimension,
  type TReportGranularity,
  type TReportMeasures,
  type TReportQueryInput,
  type TReportRow,
} from "@/lib/reports/schemas";
import { useGetReportQuery } from "@/lib/store/api";

export type ReportsViewProps = {
  /** Default range, DD/MM/YYYY, computed on the server in Bogotá time. */
  defaultFrom: string;
  defaultTo: string;
  defaultMonth: string;
  classifications: { code: string; name: string }[];
  organizations: TStatementOrganization[];
};

const PAGE_SIZES = [25, 50, 100];
const STATEMENT_MONTHS = 36;
const PIE_SLICES = 8;
const PIE_COLORS = ["#1b5e20", "#f9a825", "#1565c0", "#6a1b9a", "#00838f", "#d84315", "#558b2f", "#ad1457"];

const DIMENSION_PHRASES: Record<TReportDimension, string> = {
  period: "por periodo",
  classification: "por clasificación DIAN",
  supplier: "por proveedor",
  customer: "por cliente",
  operator: "por operador",
};

/** The statement month picker: this month and the previous ones, newest first, as YYYY-MM. */
const recentMonths = (latest: string) => {
  const [year = 0, month = 1] = latest.split("-").map(Number);
  return Array.from({ length: STATEMENT_MONTHS }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 1 - index, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
  });
};
const short = (label: string, length: number) => (label.length > length ? `${label.slice(0, length - 1)}…` : label);
const CHART_GROUPS = 12;

/** DD/MM/YYYY → YYYY-MM-DD, or null while the user is still typing an impossible date. */
const toIsoDate = (text: string): string | null => {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
};

const amountColumn = (field: keyof TReportMeasures, headerName: string): GridColDef<TReportRow> => ({
  field,
  headerName,
  flex: 1,
  minWidth: 140,
  align: "right",
  headerAlign: "right",
  sortable: false,
  valueFormatter: (value: string) => formatCop(value),
});

const COLUMNS: GridColDef<TReportRow>[] = [
  { field: "label", headerName: "Grupo", flex: 2, minWidth: 240, sortable: false, renderCell: ({ row }) => <span title={row.label}>{row.label}</span> },
  { field: "invoices", headerName: "Facturas", width: 100, align: "right", headerAlign: "right", sortable: false, valueFormatter: (value: number) => formatCount(value) },
  amountColumn("registeredValue", "Valor registrado"),
  amountColumn("eligibleValue", "Valor elegible"),
  amountColumn("feeAmount", "Tarifa BMC"),
  amountColumn("commissionAmount", "Comisión"),
  amountColumn("withholdingAvoided", "Retención evitada"),
];

const toSearch = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]))).toString();

const SummaryLine = ({ title, measures }: { title: string; measures: TReportMeasures }) => (
  <Typography variant="body2" sx={{ fontWeight: title === "Total" ? 700 : 400 }}>
    {title}: {formatCount(measures.invoices)} facturas · registrado {formatCop(measures.registeredValue)} · tarifa BMC {formatCop(measures.feeAmount)} ·
    comisión {formatCop(measures.commissionAmount)} · retención evitada {formatCop(measures.withholdingAvoided)}
  </Typography>
);

export const ReportsView = ({ defaultFrom, defaultTo, defaultMonth, classifications, organizations }: ReportsViewProps) => {
  const [dimension, setDimension] = useState<TReportDimension>("period");
  const [granularity, setGranularity] = useState<TReportGranularity>("month");
  const [fromText, setFromText] = useState(defaultFrom);
  const [toText, setToText] = useState(defaultTo);
  const [classificationCode, setClassificationCode] = useState("");
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [organization, setOrganization] = useState<TStatementOrganization | null>(null);
  const [month, setMonth] = useState(defaultMonth);

  const from = toIsoDate(fromText);
  const to = toIsoDate(toText);
  const rangeError = !from || !to ? "Use fechas DD/MM/AAAA válidas." : from > to ? "La fecha inicial debe ser anterior o igual a la final." : null;
  const query: TReportQueryInput | null =
    from && to && !rangeError
      ? {
          dimension,
          granularity,
          from,
          to,
          classificationCode: classificationCode || undefined,
          limit: pagination.pageSize,
          offset: pagination.page * pagination.pageSize,
        }
      : null;
  const { data, error, isFetching } = useGetReportQuery(query ?? { from: "", to: "" }, { skip: !query });

  const pieSlices = useMemo(() => {
    if (!data) return [];
    const shown = data.rows.slice(0, PIE_SLICES);
    const rest = data.rows.slice(PIE_SLICES).reduce((sum, row) => sum + Number(row.registeredValue), Number(data.others?.registeredValue ?? 0));
    return [
      ...shown.map((row, index) => ({ id: index, label: short(row.label, 26), fullLabel: row.label, value: Number(row.registeredValue), color: PIE_COLORS[index] ?? "#9e9e9e" })),
      ...(rest > 0 ? [{ id: PIE_SLICES, label: "Otros", fullLabel: "Otros", value: rest, color: "#9e9e9e" }] : []),
    ];
  }, [data]);
  const chartRows = useMemo(() => (data?.rows ?? []).slice(0, dimension === "period" ? 60 : CHART_GROUPS), [data, dimension]);
  const exportHref = (format: "csv" | "xlsx") =>
    query ? `/api/reports/export?${toSearch({ ...query, format, limit: undefined, offset: undefined })}` : undefined;
  const statementHref = organization && /^\d{4}-\d{2}$/.test(month)
    ? `/api/reports/statement?${toSearch({ organizationId: organization.id, month })}`
    : undefined;
  const resetPage = () => setPagination((current) => ({ ...current, page: 0 }));

  return (
    <Stack spacing={2}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "flex-start" } }}>
          <TextField select label="Agrupar por" size="small" value={dimension} sx={{ minWidth: 190 }}
            onChange={(event) => { setDimension(event.target.value as TReportDimension); resetPage(); }}>
            {REPORT_DIMENSIONS.map((value) => <MenuItem key={value} value={value}>{REPORT_DIMENSION_LABELS[value]}</MenuItem>)}
          </TextField>
          <TextField select label="Periodo" size="small" value={granularity} sx={{ minWidth: 140 }} disabled={dimension !== "period"}
            onChange={(event) => { setGranularity(event.target.value as TReportGranularity); resetPage(); }}>
            {REPORT_GRANULARITIES.map((value) => <MenuItem key={value} value={value}>{REPORT_GRANULARITY_LABELS[value]}</MenuItem>)}
          </TextField>
          <TextField label="Desde" size="small" value={fromText} placeholder="DD/MM/AAAA" sx={{ width: 150 }}
            error={Boolean(rangeError)} onChange={(event) => { setFromText(event.target.value); resetPage(); }} />
          <TextField label="Hasta" size="small" value={toText} placeholder="DD/MM/AAAA" sx={{ width: 150 }}
            error={Boolean(rangeError)} helperText={rangeError ?? " "} onChange={(event) => { setToText(event.target.value); resetPage(); }} />
          <TextField select label="Clasificación DIAN" size="small" value={classificationCode} sx={{ minWidth: 240, flex: 1 }}
            slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
            onChange={(event) => { setClassificationCode(event.target.value); resetPage(); }}>
            <MenuItem value="">Todas</MenuItem>
            {classifications.map((item) => <MenuItem key={item.code} value={item.code}>{item.code} · {item.name}</MenuItem>)}
          </TextField>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button variant="outlined" size="small" startIcon={<DownloadOutlined />} href={exportHref("csv")} disabled={!query}>Exportar CSV</Button>
          <Button variant="outlined" size="small" startIcon={<DownloadOutlined />} href={exportHref("xlsx")} disabled={!query}>Exportar Excel</Button>
        </Stack>
      </Paper>

      {error ? <Alert severity="error">{apiErrorMessage(error, "No se pudo cargar el reporte. Intente de nuevo.")}</Alert> : null}

      {!data && isFetching ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", p: 2 }}><CircularProgress size={20} /><Typography>Cargando reporte…</Typography></Stack>
      ) : null}

      {data && data.groupCount === 0 ? (
        <Paper variant="outlined" sx={{ p: 4, textAlign: "center" }}>
          <Typography variant="h6">No hay registros en el periodo seleccionado</Typography>
          <Typography color="text.secondary">Amplíe el rango de fechas o quite el filtro de clasificación.</Typography>
        </Paper>
      ) : null}

      {data && data.groupCount > 0 ? (
        <>
          <Stack direction={{ xs: "column", lg: "row" }} spacing={2}>
            <Paper variant="outlined" sx={{ p: 2, flex: 2, minWidth: 0 }} aria-label="Gráfico de cobros">
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                Tarifa BMC y comisión {DIMENSION_PHRASES[dimension]}
                {dimension !== "period" && data.groupCount > CHART_GROUPS ? ` (primeros ${CHART_GROUPS})` : ""}
              </Typography>
              <BarChart
                height={300}
                skipAnimation
                dataset={chartRows.map((row) => ({ label: short(row.label, 28), fee: Number(row.feeAmount), commission: Number(row.commissionAmount) }))}
                xAxis={[{ scaleType: "band", dataKey: "label", tickLabelStyle: { fontSize: 10 } }]}
                yAxis={[{ width: 90, valueFormatter: (value: number) => formatCop(Math.round(value), { decimals: 0 }) }]}
                series={[
                  { dataKey: "fee", label: "Tarifa BMC", stack: "cobros", color: "#1b5e20", valueFormatter: (value) => formatCop(value ?? 0) },
                  { dataKey: "commission", label: "Comisión", stack: "cobros", color: "#f9a825", valueFormatter: (value) => formatCop(value ?? 0) },
                ]}
              />
            </Paper>
            {dimension !== "period" ? (
              <Paper variant="outlined" sx={{ p: 2, flex: 1, minWidth: 0 }} aria-label="Gráfico de valor registrado">
                <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>Valor registrado</Typography>
                <PieChart
                  height={220}
                  skipAnimation
                  hideLegend
                  series={[{ innerRadius: 45, valueFormatter: (item) => formatCop(item.value), data: pieSlices }]}
                />
                <Stack component="ul" spacing={0.5} sx={{ listStyle: "none", p: 0, m: 0, mt: 1 }} aria-label="Leyenda de valor registrado">
                  {pieSlices.map((slice) => (
                    <Stack component="li" key={slice.id} direction="row" spacing={1} sx={{ alignItems: "center", minWidth: 0 }}>
                      <Box sx={{ width: 10, height: 10, borderRadius: "50%", bgcolor: slice.color, flexShrink: 0 }} />
                      <Typography variant="caption" noWrap title={slice.fullLabel} sx={{ flex: 1, minWidth: 0 }}>{slice.fullLabel}</Typography>
                      <Typography variant="caption" sx={{ fontVariantNumeric: "tabular-nums" }}>{formatCop(slice.value, { decimals: 0 })}</Typography>
                    </Stack>
                  ))}
                </Stack>
              </Paper>
            ) : null}
          </Stack>

          <Paper variant="outlined">
            <Box sx={{ height: Math.min(520, 112 + data.rows.length * 36) }}>
              <DataGrid
                rows={data.rows}
                columns={COLUMNS}
                getRowId={(row) => row.key ?? "sin-clave"}
                rowCount={data.groupCount}
                paginationMode="server"
                paginationModel={pagination}
                onPaginationModelChange={setPagination}
                pageSizeOptions={PAGE_SIZES}
                loading={isFetching}
                disableRowSelectionOnClick
                disableColumnMenu
                density="compact"
                localeText={esES.components.MuiDataGrid.defaultProps.localeText}
              />
            </Box>
            <Stack spacing={0.5} sx={{ p: 2, borderTop: 1, borderColor: "divider" }}>
              {data.others ? <SummaryLine title="Otros (grupos siguientes)" measures={data.others} /> : null}
              <SummaryLine title="Total" measures={data.total} />
              {data.basis === "line" ? (
                <Typography variant="caption" color="text.secondary">
                  Por clasificación las cifras suman líneas: el valor registrado es el de las líneas antes de impuestos, y una factura con líneas de
                  varias clasificaciones cuenta en cada una.
                </Typography>
              ) : null}
            </Stack>
          </Paper>
        </>
      ) : null}

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>Estado de cuenta mensual (PDF)</Typography>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: { md: "center" } }}>
          <Autocomplete
            options={organizations}
            value={organization}
            onChange={(_event, value) => setOrganization(value)}
            getOptionLabel={(option) => `${option.name} (NIT ${option.nit}-${option.dv})`}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            noOptionsText="Sin clientes con facturas registradas"
            sx={{ minWidth: 360, flex: 1 }}
            renderInput={(params) => <TextField {...params} size="small" label="Cliente (comprador)" />}
          />
          <TextField select label="Mes" size="small" value={month} onChange={(event) => setMonth(event.target.value)} sx={{ width: 220 }}>
            {recentMonths(defaultMonth).map((value) => (
              <MenuItem key={value} value={value}>{formatPeriodLabel({ start: `${value}-01`, granularity: "month" })}</MenuItem>
            ))}
          </TextField>
          <Button variant="contained" startIcon={<PictureAsPdfOutlined />} href={statementHref} disabled={!statementHref}>
            Descargar estado de cuenta
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
};
