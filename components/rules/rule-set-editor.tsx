"use client";

import ArrowBackOutlined from "@mui/icons-material/ArrowBackOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiErrorMessage } from "@/components/common/api-error-message";
import type { TDianClassification } from "@/lib/catalog/schemas";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { useDeleteDraftRuleSetMutation, useGetRuleSetQuery } from "@/lib/store/api";
import { PublishRuleSetDialog } from "./publish-rule-set-dialog";
import { RuleSetForm } from "./rule-set-form";
import { RuleSetPreviewPanel } from "./rule-set-preview-panel";
import { RuleSetStatusChip } from "./rule-set-status-chip";
import { RuleSetView } from "./rule-set-view";

export type RuleSetEditorProps = { id: string; classifications: TDianClassification[]; categories: string[] };

/** One version: a draft is edited, previewed and published here; a published version is shown read-only. */
export const RuleSetEditor = ({ id, classifications, categories }: RuleSetEditorProps) => {
  const router = useRouter();
  const { data: ruleSet, error, isLoading, isFetching } = useGetRuleSetQuery(id);
  const [dirty, setDirty] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [justPublished, setJustPublished] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteDraft, deletion] = useDeleteDraftRuleSetMutation();

  const back = (
    <Button component={NextLink} href="/administracion/reglas" startIcon={<ArrowBackOutlined />} sx={{ alignSelf: "flex-start" }}>
      Todas las versiones
    </Button>
  );
  if (isLoading) {
    return (
      <Stack spacing={2}>
        {back}
        <LinearProgress aria-label="Cargando la versión" />
      </Stack>
    );
  }
  if (error || !ruleSet) {
    return (
      <Stack spacing={2}>
        {back}
        <Alert severity="error">{apiErrorMessage(error, "No fue posible cargar la versión. Recargue la página.")}</Alert>
      </Stack>
    );
  }

  const isDraft = ruleSet.status === "DRAFT";
  const blockedReason = dirty
    ? "Guarde los cambios para verlos en la vista previa y poder publicar."
    : isFetching
      ? "Actualizando la versión…"
      : null;

  const handleDelete = async () => {
    const result = await deleteDraft(ruleSet.id);
    if ("data" in result) router.push("/administracion/reglas");
  };

  return (
    <Stack spacing={2.5}>
      {back}
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="h2" component="h2">
          Versión {ruleSet.version}
        </Typography>
        <RuleSetStatusChip ruleSet={ruleSet} today={toBogotaIsoDate()} />
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {ruleSet.effectiveFrom && `Efectiva desde ${formatCalendarDate(ruleSet.effectiveFrom)} · `}
          {ruleSet.basedOnVersion !== null && `Copiada de la versión ${ruleSet.basedOnVersion} · `}
          Creada {formatDateTime(ruleSet.createdAt)} por {ruleSet.createdBy?.name ?? "el sistema"}
          {ruleSet.publishedAt && ` · Publicada ${formatDateTime(ruleSet.publishedAt)} por ${ruleSet.publishedBy?.name ?? "el sistema"}`}
        </Typography>
        {isDraft && (
          <>
            <Button color="error" onClick={() => setConfirmDelete(true)}>
              Eliminar borrador
            </Button>
            <Button variant="contained" onClick={() => setPublishing(true)} disabled={blockedReason !== null}>
              Publicar
            </Button>
          </>
        )}
      </Stack>
      {justPublished && !isDraft && (
        <Alert severity="success" role="status">
          Versión {ruleSet.version} publicada: se aplica a las facturas registradas desde el{" "}
          {formatCalendarDate(ruleSet.effectiveFrom ?? "")}.
        </Alert>
      )}
      {isDraft ? (
        <>
          <RuleSetForm key={ruleSet.id} ruleSet={ruleSet} classifications={classifications} categories={categories} onDirtyChange={setDirty} />
          <RuleSetPreviewPanel ruleSetId={ruleSet.id} disabledReason={blockedReason} />
          <PublishRuleSetDialog
            ruleSet={ruleSet}
            open={publishing}
            onClose={() => setPublishing(false)}
            onPublished={() => {
              setPublishing(false);
              setJustPublished(true);
            }}
          />
          <Dialog open={confirmDelete} onClose={() => setConfirmDelete(false)} aria-labelledby="delete-draft-title">
            <DialogTitle id="delete-draft-title">¿Eliminar el borrador de la versión {ruleSet.version}?</DialogTitle>
            <DialogContent>
              <DialogContentText>Se descartan sus cambios. Las versiones publicadas no se tocan.</DialogContentText>
              {deletion.error && (
                <Alert severity="error" sx={{ mt: 2 }}>
                  {apiErrorMessage(deletion.error, "No fue posible eliminar el borrador. Intente de nuevo.")}
                </Alert>
              )}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirmDelete(false)}>Cancelar</Button>
              <Button color="error" variant="contained" onClick={() => void handleDelete()} disabled={deletion.isLoading}>
                Eliminar
              </Button>
            </DialogActions>
          </Dialog>
        </>
      ) : (
        <RuleSetView ruleSet={ruleSet} />
      )}
    </Stack>
  );
};
