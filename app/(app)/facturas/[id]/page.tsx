import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/common/page-header";
import { StatusChip } from "@/components/common/status-chip";
import { InvoiceTimeline } from "@/components/pipeline/invoice-timeline";
import { MarkUrgentButton } from "@/components/pipeline/mark-urgent-button";
import { RetryInvoiceButton } from "@/components/pipeline/retry-invoice-button";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { AppError } from "@/lib/errors";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { getInvoiceHeader } from "@/lib/invoices/get-invoice-header";
import { getInvoiceTimeline } from "@/lib/pipeline/get-invoice-timeline";

export const metadata: Metadata = { title: "Factura" };

const loadInvoice = async (id: string) => {
  try {
    return await Promise.all([getInvoiceHeader({ id }), getInvoiceTimeline({ invoiceId: id })]);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
};

const Field = ({ label, value }: { label: string; value: string }) => (
  <Box>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="body1">{value}</Typography>
  </Box>
);

const InvoicePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const user = await requirePageUser("facturas");
  const { id } = await params;
  const [invoice, timeline] = await loadInvoice(id);
  const title = invoice.number ? `Factura ${invoice.number}` : invoice.originalFilename;
  const isStaff = user.role !== "VIEWER";
  const canMarkUrgent = isStaff && !timeline.urgent && !["CERTIFIED", "REJECTED", "FAILED"].includes(timeline.status);
  return (
    <>
      <PageHeader
        title={title}
        subtitle={`Cargada el ${formatDateTime(invoice.createdAt)} · ${invoice.originalFilename}`}
        actions={
          <Stack direction="row" spacing={1}>
            {canMarkUrgent && <MarkUrgentButton invoiceId={invoice.id} />}
            {user.role === "ADMIN" && timeline.status === "FAILED" && <RetryInvoiceButton invoiceId={invoice.id} label={title} />}
          </Stack>
        }
      />
      <Paper sx={{ p: 2, mb: 3 }} aria-label="Encabezado de la factura">
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: "wrap", alignItems: "flex-start" }}>
          <Box>
            <Typography variant="caption" color="text.secondary" component="p">
              Estado
            </Typography>
            <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
              <StatusChip status={timeline.status} />
              {timeline.urgent && <Chip size="small" color="warning" label="Urgente" />}
            </Stack>
          </Box>
          <Field label="Proveedor" value={invoice.supplierName ? `${invoice.supplierName} (${invoice.supplierNit})` : "—"} />
          <Field label="Fecha de emisión" value={invoice.issueDate ? formatCalendarDate(invoice.issueDate) : "—"} />
          <Field label="Total" value={invoice.total ? formatCop(invoice.total) : "—"} />
        </Stack>
      </Paper>
      {timeline.failureReason && (
        <Alert severity={timeline.status === "REJECTED" ? "warning" : "error"} sx={{ mb: 3 }}>
          {timeline.failureCode ? `${timeline.failureCode}: ` : ""}
          {timeline.failureReason}
        </Alert>
      )}
      <Typography variant="h2" component="h2" sx={{ mb: 1.5 }}>
        Línea de tiempo del proceso
      </Typography>
      <InvoiceTimeline steps={timeline.steps} />
    </>
  );
};

export default InvoicePage;
