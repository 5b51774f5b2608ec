"use client";

import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import ContentCopyOutlined from "@mui/icons-material/ContentCopyOutlined";
import ErrorOutlineOutlined from "@mui/icons-material/ErrorOutlineOutlined";
import HourglassEmptyOutlined from "@mui/icons-material/HourglassEmptyOutlined";
import ReplayOutlined from "@mui/icons-material/ReplayOutlined";
import WifiOffOutlined from "@mui/icons-material/WifiOffOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import LinearProgress from "@mui/material/LinearProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactElement } from "react";
import { TextLink } from "@/components/common/text-link";
import { formatFileSize } from "@/lib/format/format-file-size";
import type { TUploadItem, TUploadItemState } from "@/lib/uploads/upload-queue";

// Only colours whose text passes WCAG AA contrast on white at chip size (MUI's info and warning do not).
const STATE_CHIPS: Record<TUploadItemState, { label: string; color: "default" | "primary" | "success" | "error"; icon: ReactElement }> = {
  queued: { label: "En espera", color: "default", icon: <HourglassEmptyOutlined /> },
  uploading: { label: "Subiendo", color: "primary", icon: <HourglassEmptyOutlined /> },
  created: { label: "Nueva", color: "success", icon: <CheckCircleOutlined /> },
  duplicate: { label: "Duplicada", color: "default", icon: <ContentCopyOutlined /> },
  rejected: { label: "Rechazada", color: "error", icon: <ErrorOutlineOutlined /> },
  failed: { label: "Error de red", color: "default", icon: <WifiOffOutlined /> },
};

export const UploadFileRow = ({ item, onRetry }: { item: TUploadItem; onRetry: (id: string) => void }) => {
  const chip = STATE_CHIPS[item.state];
  const percent = item.size === 0 ? 0 : Math.round((item.loaded / item.size) * 100);
  return (
    <Box
      component="li"
      data-testid="upload-row"
      data-state={item.state}
      sx={{
        display: "grid",
        gridTemplateColumns: { xs: "1fr", md: "minmax(0, 2fr) 90px minmax(120px, 1fr) minmax(0, 2fr)" },
        alignItems: "center",
        gap: { xs: 0.5, md: 2 },
        py: 1.25,
        px: 1,
        borderBottom: "1px solid",
        borderColor: "divider",
      }}
    >
      <Typography variant="body2" noWrap title={item.name} sx={{ fontWeight: 500, minWidth: 0 }}>
        {item.name}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: "tabular-nums" }}>
        {formatFileSize(item.size)}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={item.state === "queued" ? 0 : item.state === "uploading" ? percent : 100}
        color={item.state === "rejected" ? "error" : item.state === "failed" ? "warning" : item.state === "uploading" || item.state === "queued" ? "primary" : "success"}
        aria-label={`Progreso de carga de ${item.name}`}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Stack direction="row" sx={{ alignItems: "center", gap: 1, minWidth: 0, flexWrap: "wrap" }} aria-live="polite">
        <Chip size="small" variant="outlined" color={chip.color} icon={chip.icon} label={chip.label} />
        {item.state === "created" && item.invoiceId && (
          <TextLink href={`/facturas/${item.invoiceId}`} variant="body2">
            Ver factura
          </TextLink>
        )}
        {item.state === "duplicate" && item.invoiceId && (
          <TextLink href={`/facturas/${item.invoiceId}`} variant="body2">
            Ver la factura existente
          </TextLink>
        )}
        {(item.state === "rejected" || item.state === "failed") && item.error && (
          <Typography variant="body2" color={item.state === "rejected" ? "error" : "text.primary"} sx={{ minWidth: 0 }} data-testid="upload-reason">
            {item.error.message}
          </Typography>
        )}
        {item.state === "failed" && (
          <Button size="small" startIcon={<ReplayOutlined />} onClick={() => onRetry(item.id)} aria-label={`Reintentar ${item.name}`}>
            Reintentar
          </Button>
        )}
      </Stack>
    </Box>
  );
};
