import Chip from "@mui/material/Chip";
import { INVOICE_STATUS_LABELS, type TInvoiceStatus } from "@/lib/invoices/schemas";

const STATUS_COLORS: Record<TInvoiceStatus, "default" | "primary" | "success" | "warning" | "error" | "info"> = {
  RECEIVED: "default",
  EXTRACTING: "info",
  MATCHING: "info",
  VALIDATING: "info",
  NEEDS_REVIEW: "warning",
  APPROVED: "primary",
  COMMISSIONED: "primary",
  CERTIFIED: "success",
  REJECTED: "error",
  FAILED: "error",
};

export const StatusChip = ({ status }: { status: TInvoiceStatus }) => (
  <Chip size="small" label={INVOICE_STATUS_LABELS[status]} color={STATUS_COLORS[status]} variant="outlined" />
);
