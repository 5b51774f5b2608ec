import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { DataTable } from "@/components/common/data-table";
import { PagePagination } from "@/components/common/page-pagination";
import { PageHeader } from "@/components/common/page-header";
import { StatusChip } from "@/components/common/status-chip";
import { TextLink } from "@/components/common/text-link";
import { RetryInvoiceButton } from "@/components/pipeline/retry-invoice-button";
import { StatusFilterChips } from "@/components/pipeline/status-filter-chips";
import { AdministrationTabs } from "@/components/rules/administration-tabs";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { formatCount } from "@/lib/format/format-cop";
import { formatDateTime } from "@/lib/format/format-date";
import { findInvoices } from "@/lib/invoices/find-invoices";
import { INVOICE_STATUS_LABELS, ZFindInvoicesQuery } from "@/lib/invoices/schemas";
import { getPipelineOverview } from "@/lib/pipeline/get-pipeline-overview";

export const metadata: Metadata = { title: "Procesos" };

const ProcessesPage = async ({ searchParams }: { searchParams: Promise<Record<string, string>> }) => {
  await requirePageUser("administracion");
  const query = ZFindInvoicesQuery.catch(() => ZFindInvoicesQuery.parse({})).parse(await searchParams);
  const [overview, invoices] = await Promise.all([getPipelineOverview(), findInvoices(query)]);
  // The chips filter by one status at a time; a link with several shows them all unhighlighted.
  const status = query.status?.length === 1 ? query.status[0] : undefined;
  return (
    <>
      <PageHeader title="Administración" subtitle="Procesamiento de facturas: estado de cada factura en el proceso y lotes" />
      <AdministrationTabs />

      <StatusFilterChips basePath="/administracion/procesos" counts={overview.counts} current={status} />

      {overview.batches.length > 0 && (
        <Paper sx={{ p: 2, mb: 3 }} aria-label="Lotes recientes">
          <Typography variant="h3" component="h2" sx={{ mb: 1.5 }}>
            Lotes recientes
          </Typography>
          <Stack spacing={1.5}>
            {overview.batches.map((batch) => (
              <Box key={batch.id}>
                <Box sx={{ display: "flex", justifyContent: "space-between", gap: 2, flexWrap: "wrap" }}>
                  <Typography variant="body2">
                    {formatDateTime(batch.createdAt)} · {formatCount(batch.total)} facturas{batch.urgent ? " · urgente" : ""}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {formatCount(batch.finished)} terminadas · {formatCount(batch.needsReview)} en revisión · {formatCount(batch.failed)} fallidas
                  </Typography>
                </Box>
                <LinearProgress
                  variant="determinate"
                  value={batch.total === 0 ? 100 : (100 * batch.finished) / batch.total}
                  aria-label={`Avance del lote del ${formatDateTime(batch.createdAt)}`}
                />
              </Box>
            ))}
          </Stack>
        </Paper>
      )}

      <DataTable
        label="Facturas en proceso"
        rows={invoices.items}
        rowKey={(invoice) => invoice.id}
        emptyTitle={status ? `No hay facturas en estado «${INVOICE_STATUS_LABELS[status]}»` : "Aún no hay facturas"}
        columns={[
          {
            key: "invoice",
            header: "Factura",
            render: (invoice) => <TextLink href={`/facturas/${invoice.id}`}>{invoice.number ?? invoice.originalFilename}</TextLink>,
          },
          { key: "supplier", header: "Proveedor", render: (invoice) => invoice.supplierName ?? "—" },
          { key: "status", header: "Estado", render: (invoice) => <StatusChip status={invoice.status} /> },
          { key: "createdAt", header: "Cargada", render: (invoice) => formatDateTime(invoice.createdAt) },
          {
            key: "actions",
            header: "Acciones",
            render: (invoice) =>
              invoice.status === "FAILED" ? <RetryInvoiceButton invoiceId={invoice.id} label={invoice.number ?? invoice.originalFilename} /> : null,
          },
        ]}
        footer={<PagePagination page={invoices.page} pageSize={invoices.pageSize} total={invoices.total} />}
      />
    </>
  );
};

export default ProcessesPage;
