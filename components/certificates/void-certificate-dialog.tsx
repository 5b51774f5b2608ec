"use client";

import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { ZVoidReason, type TCertificateListItem } from "@/lib/certificates/schemas";
import { useReissueCertificateMutation, useVoidCertificateMutation } from "@/lib/store/api";

type VoidCertificateDialogProps = { certificate: TCertificateListItem | null; onClose: (done?: string) => void };
type TVoidMode = "reissue" | "void";

export const VoidCertificateDialog = ({ certificate, onClose }: VoidCertificateDialogProps) => {
  const [mode, setMode] = useState<TVoidMode>("reissue");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [voidCertificate, voidState] = useVoidCertificateMutation();
  const [reissueCertificate, reissueState] = useReissueCertificateMutation();
  const busy = voidState.isLoading || reissueState.isLoading;

  const close = (done?: string) => {
    setMode("reissue");
    setReason("");
    setError(null);
    onClose(done);
  };

  const submit = async () => {
    if (!certificate) return;
    const parsed = ZVoidReason.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Escriba el motivo.");
      return;
    }
    try {
      if (mode === "reissue") {
        const { issued } = await reissueCertificate({ id: certificate.id, reason: parsed.data }).unwrap();
        close(`${certificate.number} anulado; se emitió ${issued.number}.`);
      } else {
        await voidCertificate({ id: certificate.id, reason: parsed.data }).unwrap();
        close(`${certificate.number} anulado.`);
      }
    } catch (caught) {
      setError(apiErrorMessage(caught, "No se pudo completar la operación. Intente de nuevo."));
    }
  };

  return (
    <Dialog open={certificate !== null} onClose={() => close()} fullWidth maxWidth="sm" aria-labelledby="void-certificate-title">
      <DialogTitle id="void-certificate-title">Anular certificado {certificate?.number}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            El certificado anulado se conserva y su página de verificación mostrará el motivo. Esta acción no se puede deshacer.
          </DialogContentText>
          <RadioGroup value={mode} onChange={(event) => setMode(event.target.value as TVoidMode)} aria-label="Acción">
            <FormControlLabel value="reissue" control={<Radio />} label="Anular y emitir uno nuevo (corrección)" />
            <FormControlLabel value="void" control={<Radio />} label="Solo anular (emitido por error)" />
          </RadioGroup>
          <TextField
            label="Motivo"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            required
            multiline
            minRows={2}
            helperText="Obligatorio; queda en la auditoría y en la página pública de verificación"
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>Cancelar</Button>
        <Button variant="contained" color="error" onClick={() => void submit()} disabled={busy}>
          {busy ? "Procesando…" : mode === "reissue" ? "Anular y reemitir" : "Anular"}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
