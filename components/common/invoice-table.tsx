import { DataTable } from "@/components/common/data-table";
import { PagePagination } from "@/components/common/page-pagination";
import { StatusChip } from "@/components/common/status-chip";
import { TextLink } from "@/components/common/text-link";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { SOURCE_TYPE_LABELS, type TInvoicePage } from "@/lib/invoices/schemas";

export const InvoiceTable = ({ data, emptyTitle, emptyHint }: { data: TInvoicePage; emptyTitle: string; emptyHint: string }) => (
  <DataTable
    label="Facturas"
    rows={data.items}
    rowKey={(invoice) => invoice.id}
    emptyTitle={emptyTitle}
    emptyHint={emptyHint}
    columns={[
      { key: "number", header: "Número", render: (invoice) => <TextLink href={`/facturas/${invoice.id}`}>{invoice.number ?? invoice.originalFilename}</TextLink> },
      {
        key: "supplier",
        header: "Proveedor",
        render: (invoice) => (invoice.supplierName ? `${invoice.supplierName} (${invoice.supplierNit})` : "—"),
      },
      { key: "issueDate", header: "Fecha de emisión", render: (invoice) => (invoice.issueDate ? formatCalendarDate(invoice.issueDate) : "—") },
      { key: "total", header: "Total", align: "right", render: (invoice) => (invoice.total ? formatCop(invoice.total) : "—") },
      { key: "source", header: "Origen", render: (invoice) => SOURCE_TYPE_LABELS[invoice.sourceType] },
      { key: "status", header: "Estado", render: (invoice) => <StatusChip status={invoice.status} /> },
      { key: "createdAt", header: "Cargada", render: (invoice) => formatDateTime(invoice.createdAt) },
    ]}
    footer={<PagePagination page={data.page} pageSize={data.pageSize} total={data.total} />}
  />
);
