"use client";

import SearchOutlined from "@mui/icons-material/SearchOutlined";
import Alert from "@mui/material/Alert";
import Autocomplete from "@mui/material/Autocomplete";
import InputAdornment from "@mui/material/InputAdornment";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import {
  DataGrid,
  useGridApiRef,
  type GridColDef,
  type GridPaginationModel,
  type GridRowParams,
} from "@mui/x-data-grid";
import { esES } from "@mui/x-data-grid/locales";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import {
  ELIGIBILITY_LABELS,
  ZEligibility,
  type TDianClassification,
  type TEligibility,
  type TProductSearchItem,
} from "@/lib/catalog/schemas";
import { useSearchProductsQuery } from "@/lib/store/api";
import { EligibilityChip } from "./eligibility-chip";
import { ProductDetailDrawer } from "./product-detail-drawer";

const SEARCH_DEBOUNCE_MS = 300;
const PAGE_SIZES = [25, 50, 100];

const COLUMNS: GridColDef<TProductSearchItem>[] = [
  { field: "code", headerName: "Código", width: 112 },
  {
    field: "name",
    headerName: "Nombre",
    flex: 3,
    minWidth: 300,
    // Catalog names run long; the whole name shows on hover and in the detail drawer.
    renderCell: ({ row }) => <span title={row.name}>{row.name}</span>,
  },
  { field: "gtin", headerName: "GTIN", width: 140, valueFormatter: (value: string | null) => value ?? "—" },
  {
    field: "classificationCode",
    headerName: "Clasificación DIAN",
    flex: 1,
    minWidth: 160,
    // Code above, name below: the heading's name is long and the code is what operators scan for.
    renderCell: ({ row }) => (
      <Stack sx={{ justifyContent: "center", height: "100%", minWidth: 0, lineHeight: 1.3 }} title={row.classificationName}>
        <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
          {row.classificationCode}
        </Typography>
        <Typography variant="caption" component="span" color="text.secondary" noWrap>
          {row.classificationName}
        </Typography>
      </Stack>
    ),
  },
  {
    field: "eligibility",
    headerName: "Elegibilidad",
    width: 200,
    renderCell: ({ row }) => <EligibilityChip eligibility={row.eligibility} />,
  },
  { field: "unitCode", headerName: "Unidad", width: 74 },
  {
    field: "score",
    headerName: "Relevancia",
    width: 100,
    align: "right",
    headerAlign: "right",
    valueFormatter: (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)} %`),
  },
];

const EmptyState = ({ searching }: { searching: boolean }) => (
  <Stack sx={{ height: "100%", alignItems: "center", justifyContent: "center", p: 3, textAlign: "center" }}>
    <Typography variant="h3" component="p">
      Ningún producto coincide
    </Typography>
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
      {searching ? "Pruebe con menos palabras o quite algún filtro." : "Quite algún filtro para ver más productos."}
    </Typography>
  </Stack>
);

type Pager = {
  /** The query and filters the cursors belong to; any change starts again at page one. */
  key: string;
  page: number;
  /** The cursor that fetches each page already reached (page 0 needs none). */
  cursors: (string | undefined)[];
};

export type ProductCatalogProps = { classifications: TDianClassification[] };

/**
 * Search-as-you-type over the catalog with cursor pagination: the API gives no total (counting 60 million rows per
 * keystroke is not affordable), so the grid only knows whether a next page exists.
 */
export const ProductCatalog = ({ classifications }: ProductCatalogProps) => {
  const searchRef = useRef<HTMLInputElement>(null);
  const apiRef = useGridApiRef();
  const [text, setText] = useState("");
  const [classification, setClassification] = useState<TDianClassification | null>(null);
  const [eligibility, setEligibility] = useState<TEligibility | null>(null);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0] ?? 25);
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const q = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);

  const key = JSON.stringify([q, classification?.code, eligibility, pageSize]);
  const [storedPager, setPager] = useState<Pager>({ key, page: 0, cursors: [undefined] });
  const pager: Pager = storedPager.key === key ? storedPager : { key, page: 0, cursors: [undefined] };

  const { currentData, data, error, isFetching } = useSearchProductsQuery({
    q: q || undefined,
    classification: classification?.code,
    eligibility: eligibility ?? undefined,
    limit: pageSize,
    cursor: pager.cursors[pager.page],
  });
  // While the next page loads, the previous rows stay under the progress bar instead of flashing empty.
  const shown = currentData ?? data;
  // Unknown until the page arrives: `false` too early would make the grid fix the row count at zero.
  const hasNextPage = currentData ? currentData.nextCursor !== null : undefined;
  const rowCount = currentData && !currentData.nextCursor ? pager.page * pageSize + currentData.items.length : -1;

  useEffect(() => {
    searchRef.current?.focus();
  }, []);

  const handlePaginationModelChange = (model: GridPaginationModel) => {
    if (model.pageSize !== pageSize) {
      setPageSize(model.pageSize);
      return;
    }
    if (model.page === pager.page + 1) {
      // Only the page on screen knows the way forward; a click before it has loaded waits for it.
      if (!currentData?.nextCursor) return;
      const cursors = [...pager.cursors.slice(0, model.page), currentData.nextCursor];
      setPager({ key, page: model.page, cursors });
    } else if (model.page < pager.page) {
      setPager({ ...pager, page: model.page });
    }
  };

  // Arrow down from the search box moves into the results, so the whole page works from the keyboard.
  const handleSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = shown?.items[0];
    if (event.key !== "ArrowDown" || !first) return;
    event.preventDefault();
    apiRef.current?.scrollToIndexes({ rowIndex: 0, colIndex: 0 });
    apiRef.current?.setCellFocus(first.code, "code");
  };

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 2 }}>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} role="search" aria-label="Buscar productos">
          <TextField
            inputRef={searchRef}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={handleSearchKeyDown}
            size="small"
            label="Buscar productos"
            placeholder="Nombre, código o GTIN; p. ej. cafe pergamno"
            sx={{ flex: 2, minWidth: 260 }}
            slotProps={{
              htmlInput: { maxLength: 200, "aria-describedby": "product-search-hint" },
              input: {
                startAdornment: (
                  <InputAdornment position="start">
                    <SearchOutlined fontSize="small" />
                  </InputAdornment>
                ),
              },
            }}
          />
          <Autocomplete
            options={classifications}
            value={classification}
            onChange={(_, value) => setClassification(value)}
            getOptionLabel={(option) => `${option.code} · ${option.name}`}
            isOptionEqualToValue={(option, value) => option.code === value.code}
            size="small"
            sx={{ flex: 1.5, minWidth: 260 }}
            renderInput={(params) => <TextField {...params} label="Clasificación DIAN" placeholder="Todas" />}
            noOptionsText="Ninguna clasificación coincide"
            clearText="Quitar filtro"
            openText="Abrir"
            closeText="Cerrar"
          />
          <TextField
            select
            size="small"
            label="Elegibilidad"
            value={eligibility ?? ""}
            onChange={(event) => {
              const parsed = ZEligibility.safeParse(event.target.value);
              setEligibility(parsed.success ? parsed.data : null);
            }}
            sx={{ flex: 1, minWidth: 220 }}
          >
            <MenuItem value="">Todas</MenuItem>
            {ZEligibility.options.map((option) => (
              <MenuItem key={option} value={option}>
                {ELIGIBILITY_LABELS[option]}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <Typography id="product-search-hint" variant="caption" color="text.secondary" sx={{ display: "block", mt: 1 }}>
          Se toleran errores de digitación, abreviaturas y tildes. Flecha abajo lleva a los resultados; Enter abre el
          detalle.
        </Typography>
      </Paper>
      {error && (
        <Alert severity="error">{apiErrorMessage(error, "No fue posible consultar el catálogo. Intente de nuevo.")}</Alert>
      )}
      <Paper sx={{ height: "calc(100vh - 330px)", minHeight: 440, overflow: "hidden" }}>
        <DataGrid
          apiRef={apiRef}
          aria-label="Productos"
          rows={shown?.items ?? []}
          columns={COLUMNS}
          getRowId={(row) => row.code}
          loading={isFetching}
          paginationMode="server"
          paginationModel={{ page: pager.page, pageSize }}
          onPaginationModelChange={handlePaginationModelChange}
          pageSizeOptions={PAGE_SIZES}
          rowCount={rowCount}
          paginationMeta={{ hasNextPage }}
          columnVisibilityModel={{ score: Boolean(q) }}
          disableColumnSorting
          disableColumnFilter
          disableColumnMenu
          disableRowSelectionOnClick
          onRowClick={({ row }: GridRowParams<TProductSearchItem>) => setSelectedCode(row.code)}
          onCellKeyDown={({ row }, event) => {
            if (event.key !== "Enter") return;
            event.defaultMuiPrevented = true;
            setSelectedCode(row.code);
          }}
          localeText={esES.components.MuiDataGrid.defaultProps.localeText}
          slots={{ noRowsOverlay: () => <EmptyState searching={Boolean(q)} />, noResultsOverlay: () => <EmptyState searching={Boolean(q)} /> }}
          slotProps={{ loadingOverlay: { variant: "linear-progress", noRowsVariant: "skeleton" } }}
          sx={{ border: "none", "& .MuiDataGrid-row": { cursor: "pointer" } }}
        />
      </Paper>
      <ProductDetailDrawer code={selectedCode} onClose={() => setSelectedCode(null)} />
    </Stack>
  );
};
