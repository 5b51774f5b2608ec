import Chip from "@mui/material/Chip";
import { DataTable } from "@/components/common/data-table";
import { formatDateTime } from "@/lib/format/format-date";
import type { TPipelineStepEntry } from "@/lib/pipeline/schemas";

const STEP_LABELS: Record<string, string> = {
  extract: "Extracción",
  match: "Cotejo de productos",
  validate: "Validación",
  review: "Revisión",
  "learn-supplier-profile": "Perfil del proveedor",
  price: "Liquidación",
  certify: "Certificado",
  notify: "Aviso al usuario",
  fail: "Falla",
};

const stepLabel = (step: string) => {
  const reminder = /^remind-review-(\d+)$/.exec(step);
  return reminder ? `Recordatorio de revisión ${reminder[1]}` : (STEP_LABELS[step] ?? step);
};

/** The invoice's pipeline steps in order: each attempt, its duration and, when it failed, the code and reason. */
export const InvoiceTimeline = ({ steps }: { steps: TPipelineStepEntry[] }) => (
  <DataTable
    label="Línea de tiempo"
    rows={steps}
    rowKey={(step) => step.id}
    emptyTitle="Sin pasos aún"
    emptyHint="La factura espera su turno en el proceso."
    columns={[
      { key: "startedAt", header: "Inicio", render: (step) => formatDateTime(step.startedAt) },
      { key: "step", header: "Paso", render: (step) => stepLabel(step.step) },
      { key: "attempt", header: "Intento", align: "right", render: (step) => step.attempt + 1 },
      { key: "duration", header: "Duración", align: "right", render: (step) => `${step.durationMs} ms` },
      {
        key: "status",
        header: "Resultado",
        render: (step) =>
          step.status === "COMPLETED" ? (
            <Chip size="small" variant="outlined" color="success" label="Completado" />
          ) : (
            <Chip size="small" variant="outlined" color="error" label="Falló" />
          ),
      },
      { key: "error", header: "Detalle", render: (step) => (step.errorCode ? `${step.errorCode}: ${step.errorMessage ?? ""}` : "—") },
    ]}
  />
);
