"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import {
  DataGrid,
  type GridColDef,
  type GridPaginationModel,
  type GridRowSelectionModel,
  type GridSortModel,
} from "@mui/x-data-grid";
import { esES } from "@mui/x-data-grid/locales";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { StatusChip } from "@/components/common/status-chip";
import { TextLink } from "@/components/common/text-link";
import { formatCop, formatCount } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { CONFIDENCE_BANDS, confidenceBandOf } from "@/lib/invoices/confidence-bands";
import { toInvoiceSearchParams, type TInvoiceSearchState } from "@/lib/invoices/invoice-search-params";
import { resolveInvoiceSort } from "@/lib/invoices/resolve-invoice-sort";
import {
  SOURCE_TYPE_LABELS,
  ZFindInvoicesQuery,
  ZInvoiceSortField,
  type TBulkInvoiceAction,
  type TBulkInvoiceResult,
  type TInvoiceListItem,
} from "@/lib/invoices/schemas";
import { useGetInvoicesQuery, useRunBulkInvoiceActionMutation } from "@/lib/store/inbox-api";
import { InboxFilters, type TInboxFilterValues } from "./inbox-filters";
import { SavedViewsBar } from "./saved-views-bar";

const PAGE_SIZES = [25, 50, 100];
const DEFAULT_QUERY = ZFindInvoicesQuery.parse({});
const EMPTY_SELECTION: GridRowSelectionModel = { type: "include", ids: new Set() };
const BAND_COLORS = { alta: "success", media: "warning", baja: "error" } as const;

const COLUMNS: GridColDef<TInvoiceListItem>[] = [
  {
    field: "number",
    headerName: "Número",
    flex: 1,
    minWidth: 140,
    sortable: false,
    renderCell: ({ row }) => (
      <Stack direction="row" sx={{ gap: 1, alignItems: "center", height: "100%" }}>
        <TextLink href={`/facturas/${row.id}`} title={row.originalFilename}>
          {row.number ?? row.originalFilename}
        </TextLink>
        {row.urgent && <Chip size="small" color="error" label="Urgente" />}
      </Stack>
    ),
  },
  {
    field: "supplier",
    headerName: "Proveedor",
    flex: 1.5,
    minWidth: 190,
    sortable: false,
    renderCell: ({ row }) =>
      row.supplierName ? (
        <Stack sx={{ justifyContent: "center", height: "100%", minWidth: 0, lineHeight: 1.3 }}>
          <Typography variant="body2" component="span" noWrap title={row.supplierName}>
            {row.supplierName}
          </Typography>
          <Typography variant="caption" component="span" color="text.secondary">
            NIT {row.supplierNit}
          </Typography>
        </Stack>
      ) : (
        "—"
      ),
  },
  { field: "issueDate", headerName: "Emisión", width: 105, valueFormatter: (value: string | null) => (value ? formatCalendarDate(value) : "—") },
  { field: "total", headerName: "Total", width: 140, align: "right", headerAlign: "right", valueFormatter: (value: string | null) => (value ? formatCop(value) : "—") },
  { field: "status", headerName: "Estado", width: 125, sortable: false, renderCell: ({ row }) => <StatusChip status={row.status} /> },
  {
    field: "confidence",
    headerName: "Confianza",
    width: 100,
    renderCell: ({ row }) => {
      if (!row.confidence) return "—";
      const band = confidenceBandOf(row.confidence);
      return (
        <Chip
          size="small"
          variant="outlined"
          color={BAND_COLORS[band]}
          label={row.confidence.replace(".", ",").slice(0, 4)}
          title={CONFIDENCE_BANDS[band].label}
        />
      );
    },
  },
  { field: "sourceType", headerName: "Origen", width: 80, sortable: false, valueFormatter: (value: TInvoiceListItem["sourceType"]) => SOURCE_TYPE_LABELS[value] },
  { field: "createdAt", headerName: "Cargada", width: 140, valueFormatter: (value: string) => formatDateTime(value) },
];

const BULK_LABELS: Record<TBulkInvoiceAction, { done: string; verb: string }> = {
  urgent: { done: "marcadas como urgentes", verb: "Marcar urgentes" },
  retry: { done: "reintentadas", verb: "Reintentar" },
};

const describeBulkResult = (result: TBulkInvoiceResult) => {
  const failures = result.results.filter((item) => !item.ok);
  const reasons = [...new Set(failures.map((item) => item.message))].join(" ");
  return `${formatCount(result.succeeded)} ${BULK_LABELS[result.action].done}${failures.length > 0 ? `; ${formatCount(failures.length)} no: ${reasons}` : "."}`;
};

export type InvoiceInboxProps = {
  /** Operators and Admins select rows for bulk actions; viewers only read. */
  canAct: boolean;
  /** Retrying failed invoices is an Admin's call. */
  canRetry: boolean;
};

/** The Facturas inbox: filters, sort and page live in the URL, so every view is a link. */
export const InvoiceInbox = ({ canAct, canRetry }: InvoiceInboxProps) => {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const parsed = ZFindInvoicesQuery.safeParse(Object.fromEntries([...searchParams].filter(([, value]) => value.trim() !== "")));
  const query = parsed.success ? parsed.data : DEFAULT_QUERY;
  const canonical = toInvoiceSearchParams(query);
  const { sort, order, page, pageSize, ...filters } = query;
  const viewQuery = toInvoiceSearchParams({ ...filters, sort, order });

  const { data, isFetching, error } = useGetInvoicesQuery(query);
  const [runBulk, bulk] = useRunBulkInvoiceActionMutation();
  const [selection, setSelection] = useState<GridRowSelectionModel>(EMPTY_SELECTION);
  const [bulkMessage, setBulkMessage] = useState<{ severity: "success" | "warning"; text: string } | null>(null);
  const selectedIds = [...selection.ids].map(String);

  const navigate = (state: TInvoiceSearchState) => {
    const search = new URLSearchParams(toInvoiceSearchParams(state)).toString();
    router.push(search ? `${pathname}?${search}` : pathname, { scroll: false });
  };
  const applyFilters = (next: TInboxFilterValues) => {
    setSelection(EMPTY_SELECTION);
    navigate({ ...next, sort, order, pageSize, page: 1 });
  };
  const handlePagination = (model: GridPaginationModel) =>
    navigate({ ...query, page: model.pageSize === pageSize ? model.page + 1 : 1, pageSize: model.pageSize });
  const handleSort = (model: GridSortModel) => {
    const field = ZInvoiceSortField.safeParse(model[0]?.field);
    navigate({ ...query, page: 1, sort: field.success ? field.data : undefined, order: field.success ? (model[0]?.sort ?? "desc") : "desc" });
  };
  const handleBulk = async (action: TBulkInvoiceAction) => {
    setBulkMessage(null);
    const result = await runBulk({ action, ids: selectedIds });
    if ("data" in result && result.data) {
      setBulkMessage({ severity: result.data.failed > 0 ? "warning" : "success", text: describeBulkResult(result.data) });
    }
  };

  const total = data?.total ?? 0;
  const capped = data?.totalIsCapped ?? false;
  const filtered = Object.keys(canonical).some((key) => !["sort", "order", "page", "pageSize"].includes(key));

  return (
    <Stack spacing={2}>
      <InboxFilters key={new URLSearchParams(viewQuery).toString()} filters={filters} onApply={applyFilters} />
      {!parsed.success && <Alert severity="warning">El enlace tiene filtros no válidos; se muestran todas las facturas.</Alert>}
      <Stack direction="row" useFlexGap sx={{ gap: 2, alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" }}>
        <SavedViewsBar current={viewQuery} onOpen={(saved) => navigate({ ...ZFindInvoicesQuery.parse(saved), pageSize })} />
        <Typography variant="body2" color="text.secondary" role="status">
          {data ? `${capped ? "Más de " : ""}${formatCount(total)} ${total === 1 && !capped ? "factura" : "facturas"}` : "Cargando facturas…"}
        </Typography>
      </Stack>
      {canAct && (
        <Paper role="region" aria-label="Acciones sobre la selección" sx={{ p: 1.5, display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
          <Typography variant="body2" sx={{ mr: 1 }}>
            {selectedIds.length === 0 ? "Seleccione facturas para actuar sobre ellas" : `${formatCount(selectedIds.length)} seleccionadas`}
          </Typography>
          <Button size="small" variant="outlined" disabled={selectedIds.length === 0 || bulk.isLoading} onClick={() => void handleBulk("urgent")}>
            {BULK_LABELS.urgent.verb}
          </Button>
          {canRetry && (
            <Button size="small" variant="outlined" disabled={selectedIds.length === 0 || bulk.isLoading} onClick={() => void handleBulk("retry")}>
              {BULK_LABELS.retry.verb}
            </Button>
          )}
          {/* A plain form post: the browser downloads the attachment itself, whatever its size. */}
          <Box component="form" method="post" action="/api/invoices/export" sx={{ display: "inline" }}>
            <input type="hidden" name="ids" value={selectedIds.join(",")} />
            <Button size="small" variant="outlined" type="submit" disabled={selectedIds.length === 0}>
              Exportar CSV
            </Button>
          </Box>
          <Button size="small" disabled={selectedIds.length === 0} onClick={() => setSelection(EMPTY_SELECTION)}>
            Quitar selección
          </Button>
        </Paper>
      )}
      {bulkMessage && (
        <Alert severity={bulkMessage.severity} onClose={() => setBulkMessage(null)}>
          {bulkMessage.text}
        </Alert>
      )}
      {bulk.error && <Alert severity="error">{apiErrorMessage(bulk.error, "No fue posible aplicar la acción. Intente de nuevo.")}</Alert>}
      {error && <Alert severity="error">{apiErrorMessage(error, "No fue posible consultar las facturas. Intente de nuevo.")}</Alert>}
      <Paper sx={{ height: "calc(100vh - 380px)", minHeight: 480, overflow: "hidden" }}>
        <DataGrid
          aria-label="Facturas"
          rows={data?.items ?? []}
          columns={COLUMNS}
          loading={isFetching}
          paginationMode="server"
          sortingMode="server"
          filterMode="server"
          paginationModel={{ page: page - 1, pageSize }}
          onPaginationModelChange={handlePagination}
          pageSizeOptions={PAGE_SIZES}
          rowCount={capped ? -1 : total}
          paginationMeta={{ hasNextPage: capped || page * pageSize < total }}
          sortModel={[{ field: resolveInvoiceSort(query), sort: order }]}
          onSortModelChange={handleSort}
          checkboxSelection={canAct}
          disableRowSelectionExcludeModel
          keepNonExistentRowsSelected
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          disableRowSelectionOnClick
          disableColumnFilter
          localeText={{
            ...esES.components.MuiDataGrid.defaultProps.localeText,
            paginationDisplayedRows: ({ from, to }) => `${formatCount(from)}–${formatCount(to)} de ${capped ? "más de " : ""}${formatCount(total)}`,
          }}
          slots={{ noRowsOverlay: () => <EmptyInbox filtered={filtered} /> }}
          slotProps={{ loadingOverlay: { variant: "linear-progress", noRowsVariant: "skeleton" } }}
          sx={{ border: "none" }}
        />
      </Paper>
    </Stack>
  );
};

const EmptyInbox = ({ filtered }: { filtered: boolean }) => (
  <Stack sx={{ height: "100%", alignItems: "center", justifyContent: "center", gap: 0.5, p: 3 }}>
    <Typography variant="body1">{filtered ? "Ninguna factura cumple estos filtros" : "Aún no hay facturas"}</Typography>
    <Typography variant="body2" color="text.secondary">
      {filtered ? "Cambie o limpie los filtros para ver más." : "Las facturas cargadas por los operadores aparecen aquí."}
    </Typography>
  </Stack>
);
