"use client";

import ReplayIcon from "@mui/icons-material/Replay";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { useRetryInvoiceMutation } from "@/lib/store/api";

/** Admin: retries a FAILED invoice from where it failed, then reloads the page's server data. */
export const RetryInvoiceButton = ({ invoiceId, label }: { invoiceId: string; label: string }) => {
  const router = useRouter();
  const [retry, { isLoading }] = useRetryInvoiceMutation();
  const [message, setMessage] = useState<{ severity: "success" | "error"; text: string } | null>(null);
  const onClick = async () => {
    try {
      const result = await retry(invoiceId).unwrap();
      setMessage({
        severity: "success",
        text: result.queued ? "Reintento en curso." : "Reintento registrado; se encolará en unos minutos.",
      });
      router.refresh();
    } catch (error) {
      setMessage({ severity: "error", text: apiErrorMessage(error, "No se pudo reintentar la factura.") });
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<ReplayIcon />} onClick={onClick} disabled={isLoading} aria-label={`Reintentar ${label}`}>
        Reintentar
      </Button>
      <Snackbar open={message !== null} autoHideDuration={5000} onClose={() => setMessage(null)}>
        {message ? <Alert severity={message.severity}>{message.text}</Alert> : undefined}
      </Snackbar>
    </>
  );
};
