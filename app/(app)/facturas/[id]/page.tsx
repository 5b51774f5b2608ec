import DownloadIcon from "@mui/icons-material/Download";
import RateReviewIcon from "@mui/icons-material/RateReview";
import VerifiedIcon from "@mui/icons-material/Verified";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/common/link-button";
import { PageHeader } from "@/components/common/page-header";
import { StatusChip } from "@/components/common/status-chip";
import { InvoiceHistoryTable } from "@/components/invoices/invoice-history-table";
import { InvoiceWorkspace } from "@/components/invoices/invoice-workspace";
import { ValidationFindings } from "@/components/invoices/validation-findings";
import { InvoiceTimeline } from "@/components/pipeline/invoice-timeline";
import { MarkUrgentButton } from "@/components/pipeline/mark-urgent-button";
import { RetryInvoiceButton } from "@/components/pipeline/retry-invoice-button";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { AppError } from "@/lib/errors";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { getInvoiceDetail } from "@/lib/invoices/get-invoice-detail";
import { listInvoiceHistory } from "@/lib/invoices/list-invoice-history";
import { getInvoiceTimeline } from "@/lib/pipeline/get-invoice-timeline";

export const metadata: Metadata = { title: "Factura" };

const loadInvoice = async (id: string) => {
  try {
    return await Promise.all([getInvoiceDetail({ id }), getInvoiceTimeline({ invoiceId: id }), listInvoiceHistory({ invoiceId: id })]);
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

const SectionTitle = ({ children }: { children: string }) => (
  <Typography variant="h2" component="h2" sx={{ mb: 1.5, mt: 3 }}>
    {children}
  </Typography>
);

const InvoicePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const user = await requirePageUser("facturas");
  const { id } = await params;
  const [invoice, timeline, history] = await loadInvoice(id);
  const title = invoice.number ? `Factura ${invoice.number}` : invoice.originalFilename;
  const isStaff = user.role !== "VIEWER";
  const canMarkUrgent = isStaff && !timeline.urgent && !["CERTIFIED", "REJECTED", "FAILED"].includes(timeline.status);
  return (
    <>
      <PageHeader
        title={title}
        subtitle={`Cargada el ${formatDateTime(invoice.createdAt)} por ${invoice.uploadedBy} · ${invoice.originalFilename}`}
        actions={
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
            {isStaff && timeline.status === "NEEDS_REVIEW" && (
              <LinkButton href={`/revision/${invoice.id}`} variant="contained" startIcon={<RateReviewIcon />}>
                Revisar
              </LinkButton>
            )}
            <Button variant="outlined" href={`/api/invoices/${invoice.id}/file`} download startIcon={<DownloadIcon />}>
              Descargar original
            </Button>
            {invoice.certificate && (
              <Button variant="outlined" color="success" href={`/api/certificates/${invoice.certificate.id}/download`} download startIcon={<VerifiedIcon />}>
                Certificado {invoice.certificate.number}
              </Button>
            )}
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
          <Field label="Confianza" value={invoice.confidence === null ? "—" : `${Math.round(Number(invoice.confidence) * 100)} %`} />
          {invoice.certificate && <Field label="Código de verificación" value={invoice.certificate.verificationCode} />}
        </Stack>
      </Paper>
      {timeline.failureReason && (
        <Alert severity={timeline.status === "REJECTED" ? "warning" : "error"} sx={{ mb: 3 }}>
          {timeline.failureCode ? `${timeline.failureCode}: ` : ""}
          {timeline.failureReason}
        </Alert>
      )}
      <InvoiceWorkspace detail={invoice} canMatch={isStaff} />
      <SectionTitle>Validación</SectionTitle>
      <ValidationFindings validation={invoice.validation} />
      <SectionTitle>Línea de tiempo del proceso</SectionTitle>
      <InvoiceTimeline steps={timeline.steps} />
      <SectionTitle>Historial de cambios</SectionTitle>
      <InvoiceHistoryTable entries={history.entries} />
    </>
  );
};

export default InvoicePage;
