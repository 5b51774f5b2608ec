import LockIcon from "@mui/icons-material/Lock";
import Chip from "@mui/material/Chip";
import { DataTable } from "@/components/common/data-table";
import { LinkButton } from "@/components/common/link-button";
import { PagePagination } from "@/components/common/page-pagination";
import { TextLink } from "@/components/common/text-link";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import type { TReviewQueuePage } from "@/lib/review/schemas";

const formatConfidence = (confidence: string | null) => (confidence === null ? "—" : `${Math.round(Number(confidence) * 100)} %`);

/** The review queue in the order operators take it: urgent first, then oldest; each row says who is on it. */
export const ReviewQueueTable = ({ data, userId }: { data: TReviewQueuePage; userId: string }) => (
  <DataTable
    label="Cola de revisión"
    rows={data.items}
    rowKey={(invoice) => invoice.id}
    emptyTitle="No hay facturas por revisar"
    emptyHint="Cuando una factura necesite corrección, aparecerá aquí."
    columns={[
      { key: "priority", header: "Prioridad", render: (invoice) => (invoice.urgent ? <Chip size="small" color="warning" label="Urgente" /> : "Normal") },
      { key: "number", header: "Número", render: (invoice) => <TextLink href={`/revision/${invoice.id}`}>{invoice.number ?? invoice.originalFilename}</TextLink> },
      { key: "supplier", header: "Proveedor", render: (invoice) => (invoice.supplierName ? `${invoice.supplierName} (${invoice.supplierNit})` : "—") },
      { key: "issueDate", header: "Emisión", render: (invoice) => (invoice.issueDate ? formatCalendarDate(invoice.issueDate) : "—") },
      { key: "total", header: "Total", align: "right", render: (invoice) => (invoice.total ? formatCop(invoice.total) : "—") },
      { key: "confidence", header: "Confianza", align: "right", render: (invoice) => formatConfidence(invoice.confidence) },
      { key: "createdAt", header: "En cola desde", render: (invoice) => formatDateTime(invoice.createdAt) },
      {
        key: "lock",
        header: "En revisión por",
        render: (invoice) =>
          invoice.lockedBy ? <Chip size="small" icon={<LockIcon />} label={invoice.lockedBy.userId === userId ? "Usted" : invoice.lockedBy.email} /> : "—",
      },
      {
        key: "action",
        header: "Acción",
        render: (invoice) => {
          const heldByOther = invoice.lockedBy !== null && invoice.lockedBy.userId !== userId;
          return (
            <LinkButton
              href={`/revision/${invoice.id}`}
              size="small"
              variant={heldByOther ? "text" : "contained"}
              aria-label={`${heldByOther ? "Ver" : "Revisar"} la factura ${invoice.number ?? invoice.originalFilename}`}
            >
              {heldByOther ? "Ver" : "Revisar"}
            </LinkButton>
          );
        },
      },
    ]}
    footer={<PagePagination page={data.page} pageSize={data.pageSize} total={data.total} />}
  />
);
