import Typography from "@mui/material/Typography";
import { DataTable } from "@/components/common/data-table";
import { formatDateTime } from "@/lib/format/format-date";
import type { TInvoiceHistoryEntry } from "@/lib/invoices/invoice-history-schemas";
import { describeFieldKey } from "@/lib/review/list-extracted-fields";

const shown = (value: string | null) => value ?? "—";

/** Who changed what and when, newest first; corrections show the value read, the one before and the one saved. */
export const InvoiceHistoryTable = ({ entries }: { entries: TInvoiceHistoryEntry[] }) => (
  <DataTable
    label="Historial de cambios"
    rows={entries}
    rowKey={(entry) => entry.id}
    emptyTitle="Sin cambios registrados"
    columns={[
      { key: "createdAt", header: "Fecha", render: (entry) => formatDateTime(entry.createdAt) },
      {
        key: "actor",
        header: "Quién",
        render: (entry) => (entry.actorEmail ? `${entry.actorName ?? entry.actorEmail}` : "Sistema"),
      },
      {
        key: "summary",
        header: "Cambio",
        render: (entry) =>
          entry.correction ? (
            <>
              <Typography variant="body2">Corrección de {describeFieldKey(entry.correction.field)}</Typography>
              <Typography variant="caption" color="text.secondary" component="p">
                Leído: {shown(entry.correction.ocrValue)}
                {entry.correction.ocrConfidence === null ? "" : ` (${Math.round(entry.correction.ocrConfidence * 100)} %)`} · Antes:{" "}
                {shown(entry.correction.before)} · Después: {shown(entry.correction.after)}
              </Typography>
            </>
          ) : (
            entry.summary
          ),
      },
    ]}
  />
);
