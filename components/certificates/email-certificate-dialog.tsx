"use client";

import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { ZEmailCertificateBody, type TCertificateListItem } from "@/lib/certificates/schemas";
import { useEmailCertificateMutation } from "@/lib/store/api";

type EmailCertificateDialogProps = { certificate: TCertificateListItem | null; onClose: (sentTo?: string[]) => void };

const splitAddresses = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter(Boolean);

export const EmailCertificateDialog = ({ certificate, onClose }: EmailCertificateDialogProps) => {
  const [recipients, setRecipients] = useState("");
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [send, { isLoading }] = useEmailCertificateMutation();

  const close = (sentTo?: string[]) => {
    setRecipients("");
    setMessage("");
    setError(null);
    onClose(sentTo);
  };

  const submit = async () => {
    if (!certificate) return;
    const parsed = ZEmailCertificateBody.safeParse({ to: splitAddresses(recipients), message: message.trim() || undefined });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Revise los destinatarios.");
      return;
    }
    try {
      const result = await send({ id: certificate.id, ...parsed.data }).unwrap();
      close(result.accepted);
    } catch (caught) {
      setError(apiErrorMessage(caught, "No se pudo enviar el correo. Intente de nuevo."));
    }
  };

  return (
    <Dialog open={certificate !== null} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby="email-certificate-title">
      <DialogTitle id="email-certificate-title">Enviar certificado {certificate?.number}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            label="Destinatarios"
            placeholder="tesoreria@empresa.com.co, contabilidad@empresa.com.co"
            helperText="Hasta 5 correos, separados por comas"
            value={recipients}
            onChange={(event) => setRecipients(event.target.value)}
            autoFocus
            required
          />
          <TextField
            label="Mensaje (opcional)"
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            multiline
            minRows={3}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>Cancelar</Button>
        <Button variant="contained" onClick={() => void submit()} disabled={isLoading}>
          {isLoading ? "Enviando…" : "Enviar"}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
