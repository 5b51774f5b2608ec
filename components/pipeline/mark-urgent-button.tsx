"use client";

import PriorityHighIcon from "@mui/icons-material/PriorityHigh";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { useMarkInvoiceUrgentMutation } from "@/lib/store/api";

/** Operators: puts the invoice ahead of the others in the pipeline. */
export const MarkUrgentButton = ({ invoiceId }: { invoiceId: string }) => {
  const router = useRouter();
  const [markUrgent, { isLoading }] = useMarkInvoiceUrgentMutation();
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    try {
      await markUrgent(invoiceId).unwrap();
      router.refresh();
    } catch (caught) {
      setError(apiErrorMessage(caught, "No se pudo marcar la factura como urgente."));
    }
  };
  return (
    <>
      <Button variant="outlined" color="warning" startIcon={<PriorityHighIcon />} onClick={onClick} disabled={isLoading}>
        Marcar urgente
      </Button>
      <Snackbar open={error !== null} autoHideDuration={5000} onClose={() => setError(null)}>
        {error ? <Alert severity="error">{error}</Alert> : undefined}
      </Snackbar>
    </>
  );
};
