"use client";

import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState, type FormEvent } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { useCreateSavedViewMutation, useDeleteSavedViewMutation, useGetSavedViewsQuery } from "@/lib/store/inbox-api";

export type SavedViewsBarProps = {
  /** The current filters and sort in canonical query-string form (toInvoiceSearchParams). */
  current: Record<string, string>;
  onOpen: (query: Record<string, string>) => void;
};

const sameQuery = (left: Record<string, string>, right: Record<string, string>) =>
  Object.keys(left).length === Object.keys(right).length && Object.entries(left).every(([key, value]) => right[key] === value);

/** Pick, save and delete the user's named views; the view whose filters the page shows is the one selected. */
export const SavedViewsBar = ({ current, onOpen }: SavedViewsBarProps) => {
  const { data } = useGetSavedViewsQuery();
  const [createView, creating] = useCreateSavedViewMutation();
  const [deleteView, deleting] = useDeleteSavedViewMutation();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [name, setName] = useState("");
  const views = data?.views ?? [];
  const active = views.find((view) => sameQuery(view.query, current));

  const handleSave = async (event: FormEvent) => {
    event.preventDefault();
    const result = await createView({ name, query: current });
    if (!("error" in result)) {
      setDialogOpen(false);
      setName("");
    }
  };

  return (
    <Stack direction="row" useFlexGap sx={{ gap: 1, alignItems: "center", flexWrap: "wrap" }}>
      <TextField
        select
        size="small"
        label="Vista guardada"
        value={active?.id ?? ""}
        onChange={(event) => {
          const view = views.find((candidate) => candidate.id === event.target.value);
          if (view) onOpen(view.query);
        }}
        sx={{ width: 240 }}
        disabled={views.length === 0}
        helperText={views.length === 0 ? "Aún no ha guardado vistas" : undefined}
        // A disabled field greys its helper text below AA contrast; this hint must stay readable.
        slotProps={{ formHelperText: { sx: { "&.Mui-disabled": { color: "text.secondary" } } } }}
      >
        {views.map((view) => (
          <MenuItem key={view.id} value={view.id}>
            {view.name}
          </MenuItem>
        ))}
      </TextField>
      {active && (
        <IconButton aria-label={`Eliminar la vista «${active.name}»`} onClick={() => void deleteView(active.id)} disabled={deleting.isLoading}>
          <DeleteOutlined />
        </IconButton>
      )}
      <Button variant="outlined" onClick={() => setDialogOpen(true)}>
        Guardar vista
      </Button>
      {deleting.error && <Alert severity="error">{apiErrorMessage(deleting.error, "No fue posible eliminar la vista.")}</Alert>}
      <Dialog open={dialogOpen} onClose={() => setDialogOpen(false)} slotProps={{ paper: { component: "form", onSubmit: (event: FormEvent) => void handleSave(event) } }}>
        <DialogTitle>Guardar vista</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label="Nombre de la vista"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={Boolean(creating.error)}
            helperText={creating.error ? apiErrorMessage(creating.error, "No fue posible guardar la vista.") : "Guarda los filtros y el orden actuales."}
            slotProps={{ htmlInput: { maxLength: 80 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDialogOpen(false)}>Cancelar</Button>
          <Button type="submit" variant="contained" disabled={name.trim() === "" || creating.isLoading}>
            Guardar
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
