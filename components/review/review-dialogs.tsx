"use client";

import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { ZCompleteReviewBody } from "@/lib/pipeline/schemas";
import type { TApprovalConcern } from "@/lib/review/schemas";

/** Approving although the numbers or the document disagree: the operator reads each concern and confirms. */
export const ConfirmApprovalDialog = ({ concerns, busy, onConfirm, onClose }: { concerns: TApprovalConcern[] | null; busy: boolean; onConfirm: () => void; onClose: () => void }) => (
  <Dialog open={concerns !== null} onClose={onClose} aria-labelledby="confirm-approval-title">
    <DialogTitle id="confirm-approval-title">¿Aprobar de todos modos?</DialogTitle>
    <DialogContent>
      <DialogContentText sx={{ mb: 2 }}>La factura se aprobará con estas diferencias, y quedará constancia de que usted las confirmó:</DialogContentText>
      <Stack spacing={1}>
        {(concerns ?? []).map((concern) => (
          <Alert key={`${concern.code}-${concern.field ?? ""}`} severity="warning">
            {concern.message}
          </Alert>
        ))}
      </Stack>
    </DialogContent>
    <DialogActions>
      <Button onClick={onClose}>Seguir revisando</Button>
      <Button variant="contained" onClick={onConfirm} disabled={busy} autoFocus>
        Confirmar y aprobar
      </Button>
    </DialogActions>
  </Dialog>
);

const ZReason = ZCompleteReviewBody.shape.reason.unwrap();

/** Rejecting needs a reason, which the uploader is told. */
export const RejectDialog = ({ open, busy, onReject, onClose }: { open: boolean; busy: boolean; onReject: (reason: string) => void; onClose: () => void }) => {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const parsed = ZReason.safeParse(reason);
    if (parsed.success) onReject(parsed.data);
    else setError(parsed.error.issues[0]?.message ?? "Indique el motivo del rechazo");
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="reject-title" fullWidth maxWidth="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DialogTitle id="reject-title">Rechazar la factura</DialogTitle>
        <DialogContent>
          <TextField
            label="Motivo del rechazo"
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setError(null);
            }}
            error={error !== null}
            helperText={error ?? "Se informa a quien cargó la factura."}
            fullWidth
            autoFocus
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancelar</Button>
          <Button type="submit" color="error" variant="contained" disabled={busy}>
            Rechazar
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};

const SHORTCUTS: [string, string][] = [
  ["Tab / Mayús+Tab", "Siguiente / anterior campo por revisar"],
  ["Enter", "Aceptar el valor (se guarda si cambió) y pasar al siguiente"],
  ["Escribir", "Reemplaza el valor del campo"],
  ["Esc", "Salir del campo (para usar los atajos)"],
  ["Ctrl/⌘ + Enter", "Aprobar la factura"],
  ["J / K", "Factura siguiente / anterior de la cola"],
  ["?", "Mostrar estos atajos"],
];

export const ShortcutsDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => (
  <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title">
    <DialogTitle id="shortcuts-title">Atajos de teclado</DialogTitle>
    <DialogContent>
      <Table size="small" aria-label="Atajos de teclado">
        <TableBody>
          {SHORTCUTS.map(([keys, action]) => (
            <TableRow key={keys}>
              <TableCell component="th" scope="row" sx={{ fontFamily: "monospace", whiteSpace: "nowrap" }}>
                {keys}
              </TableCell>
              <TableCell>{action}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DialogContent>
    <DialogActions>
      <Button onClick={onClose} autoFocus>
        Cerrar
      </Button>
    </DialogActions>
  </Dialog>
);
