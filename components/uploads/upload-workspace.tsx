"use client";

import CloudUploadOutlined from "@mui/icons-material/CloudUploadOutlined";
import FolderOpenOutlined from "@mui/icons-material/FolderOpenOutlined";
import UploadFileOutlined from "@mui/icons-material/UploadFileOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useCallback, useEffect, useReducer, useRef, type ChangeEvent } from "react";
import { useDropzone } from "react-dropzone";
import { apiErrorMessage } from "@/components/common/api-error-message";
import { formatCount } from "@/lib/format/format-cop";
import { formatFileSize } from "@/lib/format/format-file-size";
import { useCreateInvoiceBatchMutation } from "@/lib/store/api";
import { uploadInvoiceFile } from "@/lib/store/upload-invoice-file";
import { uploadErrorMessage } from "@/lib/uploads/upload-error-messages";
import { hasAcceptedExtension, isSystemFile, UNSUPPORTED_EXTENSION_CODE, UPLOAD_ACCEPT } from "@/lib/uploads/upload-files";
import {
  countUploads,
  EMPTY_UPLOAD_QUEUE,
  selectInvoicesToBatch,
  selectUploadsToStart,
  uploadQueueReducer,
} from "@/lib/uploads/upload-queue";
import { BatchProgressCard } from "./batch-progress-card";
import { UploadFileRow } from "./upload-file-row";

/** Files on the wire at once: enough to hide latency, few enough not to trip the per-user upload rate limit. */
const CONCURRENCY = 4;
/** POST /api/invoices/batch takes at most this many invoices. */
const BATCH_LIMIT = 1000;

/** The path inside a dropped or selected folder when there is one (shows which subfolder a file came from). */
const displayName = (file: File): string => {
  const withPath = file as File & { path?: string; relativePath?: string };
  const path = file.webkitRelativePath || withPath.relativePath || withPath.path || file.name;
  return path.replace(/^\.?\//, "");
};

export const UploadWorkspace = () => {
  const [queue, dispatch] = useReducer(uploadQueueReducer, EMPTY_UPLOAD_QUEUE);
  const files = useRef(new Map<string, File>());
  const nextId = useRef(0);
  const folderInput = useRef<HTMLInputElement>(null);
  const [createBatch] = useCreateInvoiceBatchMutation();

  const addFiles = useCallback((picked: readonly File[]) => {
    const wanted = picked.filter((file) => !isSystemFile(file.name));
    if (wanted.length === 0) return;
    nextId.current += 1;
    const groupId = `carga-${nextId.current}`;
    const entries = wanted.map((file, index) => {
      const id = `${groupId}-${index}`;
      files.current.set(id, file);
      const rejection = hasAcceptedExtension(file.name)
        ? undefined
        : { code: UNSUPPORTED_EXTENSION_CODE, message: uploadErrorMessage(UNSUPPORTED_EXTENSION_CODE) };
      return { id, name: displayName(file), size: file.size, ...(rejection ? { rejection } : {}) };
    });
    dispatch({ type: "added", groupId, files: entries });
  }, []);

  const { getRootProps, getInputProps, open, isDragActive } = useDropzone({
    // Every file reaches addFiles, which refuses foreign extensions itself and lists them as rejected.
    onDrop: (accepted, rejections) => addFiles([...accepted, ...rejections.map((rejection) => rejection.file)]),
    accept: UPLOAD_ACCEPT,
    noClick: true,
    useFsAccessApi: false,
  });

  const onFolderPicked = (event: ChangeEvent<HTMLInputElement>) => {
    addFiles(Array.from(event.target.files ?? []));
    event.target.value = "";
  };

  // Start queued files while fewer than CONCURRENCY are on the wire.
  useEffect(() => {
    for (const id of selectUploadsToStart(queue, CONCURRENCY)) {
      const file = files.current.get(id);
      if (!file) continue;
      dispatch({ type: "started", id });
      void uploadInvoiceFile({ file, onProgress: (loaded) => dispatch({ type: "progressed", id, loaded }) }).then((outcome) => {
        if (outcome.state !== "failed") files.current.delete(id);
        dispatch({ type: "settled", id, outcome });
      });
    }
  }, [queue]);

  // Once a drop has nothing left on the wire, its new invoices go through the pipeline as one batch.
  useEffect(() => {
    for (const group of queue.groups) {
      const invoiceIds = selectInvoicesToBatch(queue, group.id);
      for (let start = 0; start < invoiceIds.length; start += BATCH_LIMIT) {
        const chunk = invoiceIds.slice(start, start + BATCH_LIMIT);
        dispatch({ type: "batchRequested", groupId: group.id, invoiceIds: chunk });
        createBatch({ invoiceIds: chunk })
          .unwrap()
          .then((batch) => dispatch({ type: "batchCreated", groupId: group.id, batchId: batch.id }))
          .catch((error: unknown) =>
            dispatch({
              type: "batchFailed",
              groupId: group.id,
              invoiceIds: chunk,
              message: apiErrorMessage(error, "No se pudo agrupar las facturas en un lote."),
            }),
          );
      }
    }
  }, [queue, createBatch]);

  const counts = countUploads(queue.items);
  const busy = counts.queued + counts.uploading > 0;

  // Leaving the page would cancel the uploads still on the wire.
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [busy]);

  const retry = useCallback((id: string) => dispatch({ type: "retried", id }), []);
  const retryAllFailed = () => queue.items.filter((item) => item.state === "failed").forEach((item) => retry(item.id));

  return (
    <Stack spacing={3}>
      <Paper
        {...getRootProps({
          role: "button",
          "aria-labelledby": "zona-de-carga-titulo",
          "aria-describedby": "zona-de-carga-ayuda",
          onClick: open,
        })}
        variant="outlined"
        data-testid="dropzone"
        sx={{
          p: { xs: 3, md: 5 },
          textAlign: "center",
          borderStyle: "dashed",
          borderWidth: 2,
          borderColor: isDragActive ? "primary.main" : "divider",
          bgcolor: isDragActive ? "action.hover" : "background.paper",
          cursor: "pointer",
          outline: "none",
          "&:focus-visible": { borderColor: "primary.main", boxShadow: (theme) => `0 0 0 3px ${theme.palette.primary.light}` },
        }}
      >
        <CloudUploadOutlined sx={{ fontSize: 48, color: "primary.main" }} aria-hidden />
        <Typography id="zona-de-carga-titulo" variant="h3" component="p" sx={{ mt: 1 }}>
          {isDragActive ? "Suelte los archivos para cargarlos" : "Arrastre aquí facturas o carpetas completas"}
        </Typography>
        <Typography id="zona-de-carga-ayuda" variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          XML (UBL DIAN), PDF, PNG, JPEG, TIFF o WebP. Se suben {CONCURRENCY} a la vez y luego pasan por el proceso como un lote.
        </Typography>
      </Paper>
      {/* Outside the drop zone: a control inside a role="button" element is a nested control to assistive technology. */}
      <input {...getInputProps({ "aria-label": "Archivos de facturas" })} data-testid="file-input" />
      <Stack direction="row" sx={{ gap: 1.5, flexWrap: "wrap" }}>
        <Button variant="contained" startIcon={<UploadFileOutlined />} onClick={open}>
          Seleccionar archivos
        </Button>
        <Button variant="outlined" startIcon={<FolderOpenOutlined />} onClick={() => folderInput.current?.click()}>
          Seleccionar carpeta
        </Button>
        <input
          ref={(node) => {
            folderInput.current = node;
            // React has no prop for it: the browser's folder picker, which lists every file below the folder.
            node?.setAttribute("webkitdirectory", "");
          }}
          type="file"
          multiple
          hidden
          aria-label="Carpeta de facturas"
          data-testid="folder-input"
          onChange={onFolderPicked}
        />
        {counts.failed > 0 && (
          <Button color="warning" onClick={retryAllFailed}>
            Reintentar {formatCount(counts.failed)} con error
          </Button>
        )}
      </Stack>

      {queue.items.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4, textAlign: "center" }}>
          <Typography variant="subtitle1" component="h2">
            Aún no ha cargado archivos
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Cada archivo aparecerá aquí con su progreso y su resultado: nueva, duplicada o rechazada con el motivo.
          </Typography>
        </Paper>
      ) : (
        <>
          <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label="Resumen de la carga">
            <Typography variant="body2" data-testid="upload-summary">
              {formatCount(counts.total)} archivos ({formatFileSize(counts.sentBytes)} de {formatFileSize(counts.totalBytes)}):{" "}
              {formatCount(counts.created)} nuevas, {formatCount(counts.duplicate)} duplicadas, {formatCount(counts.rejected)} rechazadas
              {counts.failed > 0 && `, ${formatCount(counts.failed)} con error de red`}
              {busy && `, ${formatCount(counts.queued + counts.uploading)} por subir`}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={counts.totalBytes === 0 ? 100 : Math.round((counts.sentBytes / counts.totalBytes) * 100)}
              aria-label="Progreso total de la carga"
              sx={{ mt: 1, height: 8, borderRadius: 4 }}
            />
          </Paper>
          {[...queue.groups].reverse().map((group, index) => {
            const items = queue.items.filter((item) => item.groupId === group.id);
            return (
              <Paper key={group.id} variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby={`${group.id}-title`}>
                <Typography id={`${group.id}-title`} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                  Carga {queue.groups.length - index} · {formatCount(items.length)} {items.length === 1 ? "archivo" : "archivos"}
                </Typography>
                <Box component="ul" sx={{ listStyle: "none", p: 0, m: 0, mb: 2 }} aria-label="Archivos de la carga">
                  {items.map((item) => (
                    <UploadFileRow key={item.id} item={item} onRetry={retry} />
                  ))}
                </Box>
                <Stack spacing={1.5}>
                  {group.batchError && <Alert severity="error">{group.batchError}</Alert>}
                  {group.batchIds.map((batchId) => (
                    <BatchProgressCard key={batchId} batchId={batchId} />
                  ))}
                  {group.batchIds.length === 0 && !group.batchError && items.every((item) => item.state !== "queued" && item.state !== "uploading") && (
                    <Typography variant="body2" color="text.secondary">
                      {group.batchedInvoiceIds.length > 0 ? "Creando el lote…" : "Ninguna factura nueva en esta carga: no hay lote que procesar."}
                    </Typography>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </>
      )}
    </Stack>
  );
};
