"use client";

import CalendarMonthOutlined from "@mui/icons-material/CalendarMonthOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import IconButton from "@mui/material/IconButton";
import InputAdornment from "@mui/material/InputAdornment";
import TextField from "@mui/material/TextField";
import { useRef, useState, type FormEvent } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { parseDayMonthYear } from "@/lib/commissions/rule-sets/parse-day-month-year";
import type { TRuleSetDetail } from "@/lib/commissions/rule-sets/schemas";
import { formatCalendarDate } from "@/lib/format/format-date";
import { usePublishRuleSetMutation } from "@/lib/store/api";

export type PublishRuleSetDialogProps = {
  ruleSet: TRuleSetDetail;
  open: boolean;
  onClose: () => void;
  onPublished: () => void;
};

/**
 * Two steps: the effective date (typed DD/MM/YYYY or picked from the browser's calendar), then a confirmation
 * that says what cannot be undone. The server re-checks the date (today or later, not before the latest version).
 */
export const PublishRuleSetDialog = ({ ruleSet, open, onClose, onPublished }: PublishRuleSetDialogProps) => {
  const today = toBogotaIsoDate();
  const [text, setText] = useState("");
  const [dateError, setDateError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const pickerRef = useRef<HTMLInputElement>(null);
  const [publish, publication] = usePublishRuleSetMutation();

  const close = () => {
    setConfirming(null);
    setDateError(null);
    publication.reset();
    onClose();
  };

  const handleDate = (event: FormEvent) => {
    event.preventDefault();
    const iso = parseDayMonthYear(text);
    if (!iso) return setDateError("Escriba una fecha válida en formato DD/MM/AAAA");
    if (iso < today) return setDateError(`La fecha efectiva no puede ser anterior a hoy (${formatCalendarDate(today)})`);
    setDateError(null);
    setConfirming(iso);
  };

  const handleConfirm = async () => {
    if (!confirming) return;
    const result = await publish({ id: ruleSet.id, effectiveFrom: confirming, expectedUpdatedAt: ruleSet.updatedAt });
    if ("data" in result && result.data) {
      setConfirming(null);
      onPublished();
    }
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby="publish-rule-set-title" fullWidth maxWidth="sm">
      {confirming === null ? (
        <form noValidate onSubmit={handleDate}>
          <DialogTitle id="publish-rule-set-title">Publicar la versión {ruleSet.version}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              Elija desde qué fecha de registro (hora de Bogotá) se liquidan las facturas con esta versión. Debe ser hoy o
              una fecha posterior.
            </DialogContentText>
            <TextField
              autoFocus
              fullWidth
              label="Fecha efectiva"
              placeholder="DD/MM/AAAA"
              value={text}
              onChange={(event) => setText(event.target.value)}
              error={dateError !== null}
              helperText={dateError ?? "Formato DD/MM/AAAA"}
              slotProps={{
                htmlInput: { inputMode: "numeric", maxLength: 10 },
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton aria-label="Abrir calendario" edge="end" onClick={() => pickerRef.current?.showPicker()}>
                        <CalendarMonthOutlined />
                      </IconButton>
                      {/* The browser's own calendar, kept invisible: its choice fills the DD/MM/AAAA field. */}
                      <input
                        ref={pickerRef}
                        type="date"
                        min={today}
                        tabIndex={-1}
                        aria-hidden
                        style={{ position: "absolute", opacity: 0, width: 0, height: 0, border: 0, padding: 0 }}
                        onChange={(event) => {
                          if (event.target.value) setText(formatCalendarDate(event.target.value));
                        }}
                      />
                    </InputAdornment>
                  ),
                },
              }}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>Cancelar</Button>
            <Button type="submit" variant="contained">
              Continuar
            </Button>
          </DialogActions>
        </form>
      ) : (
        <>
          <DialogTitle id="publish-rule-set-title">¿Publicar la versión {ruleSet.version}?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              Las facturas registradas desde el <strong>{formatCalendarDate(confirming)}</strong> se liquidarán con la versión{" "}
              {ruleSet.version}. Una vez publicada, la versión no se puede modificar ni eliminar; para cambiarla habrá que
              publicar otra.
            </DialogContentText>
            {publication.error && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {apiErrorMessage(publication.error, "No fue posible publicar. Intente de nuevo.")}
              </Alert>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirming(null)} disabled={publication.isLoading}>
              Volver
            </Button>
            <Button variant="contained" color="primary" onClick={() => void handleConfirm()} disabled={publication.isLoading}>
              {publication.isLoading ? "Publicando…" : "Publicar"}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
};
