"use client";

import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import ListItemText from "@mui/material/ListItemText";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState, type FormEvent } from "react";
import { parseAmountInput } from "@/lib/format/amount-input";
import { inputToIsoDate, isoDateToInput } from "@/lib/format/date-input";
import { CONFIDENCE_BANDS } from "@/lib/invoices/confidence-bands";
import {
  INVOICE_STATUS_LABELS,
  SOURCE_TYPE_LABELS,
  ZConfidenceBand,
  ZInvoiceFilters,
  ZInvoiceStatus,
  ZSourceType,
  type TInvoiceFilters,
} from "@/lib/invoices/schemas";

export type TInboxFilterValues = Omit<TInvoiceFilters, "sort" | "order">;

type TextFieldName = "supplier" | "issuedFrom" | "issuedTo" | "totalMin" | "totalMax" | "batch";
const TEXT_FIELD_NAMES = ["supplier", "issuedFrom", "issuedTo", "totalMin", "totalMax", "batch"] as const satisfies readonly TextFieldName[];

export type InboxFiltersProps = {
  filters: TInboxFilterValues;
  onApply: (filters: TInboxFilterValues) => void;
};

const emptyToUndefined = (value: string) => (value.trim() === "" ? undefined : value.trim());

/**
 * The inbox's filter toolbar. Lists apply as soon as they change; typed fields (supplier, dates as DD/MM/AAAA,
 * amounts as 1.000.000,50 or 1000000.50, batch) apply on Enter or when the field loses focus, once they pass the
 * same schema the API applies.
 */
export const InboxFilters = ({ filters, onApply }: InboxFiltersProps) => {
  const [drafts, setDrafts] = useState<Record<TextFieldName, string>>({
    supplier: filters.supplier ?? "",
    issuedFrom: isoDateToInput(filters.issuedFrom ?? ""),
    issuedTo: isoDateToInput(filters.issuedTo ?? ""),
    totalMin: filters.totalMin ?? "",
    totalMax: filters.totalMax ?? "",
    batch: filters.batch ?? "",
  });
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  const apply = (next: TInboxFilterValues) => {
    const parsed = ZInvoiceFilters.safeParse({
      ...next,
      status: next.status?.join(","),
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    const { sort: _sort, order: _order, ...applied } = parsed.data;
    onApply(applied);
  };

  const withDrafts = (): TInboxFilterValues => ({
    ...filters,
    supplier: emptyToUndefined(drafts.supplier),
    issuedFrom: emptyToUndefined(inputToIsoDate(drafts.issuedFrom)),
    issuedTo: emptyToUndefined(inputToIsoDate(drafts.issuedTo)),
    totalMin: emptyToUndefined(parseAmountInput(drafts.totalMin)),
    totalMax: emptyToUndefined(parseAmountInput(drafts.totalMax)),
    batch: emptyToUndefined(drafts.batch),
  });

  const applyDrafts = () => {
    const next = withDrafts();
    const unchanged = TEXT_FIELD_NAMES.every((name) => next[name] === filters[name]);
    if (!unchanged) apply(next);
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply(withDrafts());
  };

  const textField = (name: TextFieldName, label: string, width: number, inputMode?: "decimal" | "numeric" | "text", placeholder?: string) => (
    <TextField
      size="small"
      label={label}
      placeholder={placeholder}
      value={drafts[name]}
      onChange={(event) => setDrafts((current) => ({ ...current, [name]: event.target.value }))}
      onBlur={applyDrafts}
      error={Boolean(errors[name])}
      helperText={errors[name]}
      slotProps={{ htmlInput: { inputMode }, ...(placeholder ? { inputLabel: { shrink: true } } : {}) }}
      sx={{ width }}
    />
  );

  /** A one-of select; its value passes the same schema as the URL's before it applies. */
  const optionField = (name: "confidence" | "source", label: string, allLabel: string, options: [string, string][], width: number) => (
    <TextField
      select
      size="small"
      label={label}
      value={filters[name] ?? ""}
      onChange={(event) => apply({ ...withDrafts(), [name]: emptyToUndefined(event.target.value) })}
      sx={{ width }}
    >
      <MenuItem value="">{allLabel}</MenuItem>
      {options.map(([value, text]) => (
        <MenuItem key={value} value={value}>
          {text}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Paper component="form" onSubmit={handleSubmit} aria-label="Filtros de facturas" sx={{ p: 2 }}>
      <Stack direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 1.5, alignItems: "flex-start" }}>
        <TextField
          select
          size="small"
          label="Estado"
          value={filters.status ?? []}
          onChange={(event) => {
            const value = event.target.value as unknown as string[] | string;
            const statuses = (typeof value === "string" ? value.split(",") : value).filter((status) => ZInvoiceStatus.safeParse(status).success);
            apply({ ...withDrafts(), status: statuses.length > 0 ? ZInvoiceStatus.array().parse(statuses) : undefined });
          }}
          slotProps={{
            select: {
              multiple: true,
              renderValue: (selected) => (selected as string[]).map((status) => INVOICE_STATUS_LABELS[ZInvoiceStatus.parse(status)]).join(", "),
            },
          }}
          sx={{ width: 220 }}
        >
          {ZInvoiceStatus.options.map((status) => (
            <MenuItem key={status} value={status} dense>
              <Checkbox size="small" checked={filters.status?.includes(status) ?? false} sx={{ py: 0 }} />
              <ListItemText primary={INVOICE_STATUS_LABELS[status]} />
            </MenuItem>
          ))}
        </TextField>
        {optionField("confidence", "Confianza", "Todas", ZConfidenceBand.options.map((band) => [band, CONFIDENCE_BANDS[band].label]), 190)}
        {textField("supplier", "Proveedor (NIT o nombre)", 240)}
        {textField("issuedFrom", "Emitida desde", 150, "numeric", "DD/MM/AAAA")}
        {textField("issuedTo", "Emitida hasta", 150, "numeric", "DD/MM/AAAA")}
        {textField("totalMin", "Total desde", 150, "decimal")}
        {textField("totalMax", "Total hasta", 150, "decimal")}
        {optionField("source", "Origen", "Todos", ZSourceType.options.map((source) => [source, SOURCE_TYPE_LABELS[source]]), 130)}
        {textField("batch", "Lote (id)", 320)}
        <Button type="submit" variant="contained" size="medium">
          Filtrar
        </Button>
        <Button
          type="button"
          onClick={() => {
            setDrafts(Object.fromEntries(TEXT_FIELD_NAMES.map((name) => [name, ""])) as Record<TextFieldName, string>);
            apply({});
          }}
        >
          Limpiar filtros
        </Button>
      </Stack>
    </Paper>
  );
};
