import Chip from "@mui/material/Chip";
import Grid from "@mui/material/Grid";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DataTable } from "@/components/common/data-table";
import { LinkButton } from "@/components/common/link-button";
import { PageHeader } from "@/components/common/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getCommission } from "@/lib/commissions/get-commission";
import {
  EXCLUSION_REASON_LABELS,
  RATE_SOURCE_LABELS,
  type TCommissionDetail,
  type TInvoiceCharge,
  type TLineCharge,
} from "@/lib/commissions/schemas";
import { AppError } from "@/lib/errors";
import { formatBasisPoints } from "@/lib/format/format-basis-points";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { formatNit } from "@/lib/format/format-nit";

export const metadata: Metadata = { title: "Liquidación" };

const loadCommission = async (invoiceId: string): Promise<TCommissionDetail> => {
  if (!z.uuid().safeParse(invoiceId).success) notFound();
  try {
    return await getCommission({ invoiceId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
};

const LIMIT_LABELS = { MIN: "Se aplicó el mínimo", MAX: "Se aplicó el máximo" } as const;

const Figure = ({ label, value, note }: { label: string; value: string; note?: string | null }) => (
  <Paper sx={{ p: 2, height: "100%" }}>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography variant="h3" component="p" sx={{ mt: 0.5 }}>
      {value}
    </Typography>
    {note && <Chip size="small" label={note} sx={{ mt: 1 }} />}
  </Paper>
);

const chargeNote = (charge: TInvoiceCharge) =>
  charge.limitApplied
    ? `${LIMIT_LABELS[charge.limitApplied]} (calculado ${formatCop(charge.rounded, { decimals: 0 })})`
    : null;

/** An amount with the rate behind it underneath. */
const AmountWithRate = ({ amount, rate }: { amount: string; rate: string }) => (
  <>
    <Typography variant="body2">{formatCop(amount)}</Typography>
    <Typography variant="caption" color="text.secondary">
      {rate}
    </Typography>
  </>
);

const lineCharge = (charge: TLineCharge | null) =>
  charge ? (
    <AmountWithRate amount={charge.allocated} rate={`${formatBasisPoints(charge.rateBps)} · ${RATE_SOURCE_LABELS[charge.source]}`} />
  ) : (
    "—"
  );

const party = (value: TCommissionDetail["supplier"]) => (value ? `${value.name} (NIT ${formatNit(value.nit, value.dv)})` : "—");

const CommissionDetailPage = async ({ params }: { params: Promise<{ invoiceId: string }> }) => {
  await requirePageUser("comisiones");
  const commission = await loadCommission((await params).invoiceId);
  const { breakdown } = commission;
  return (
    <>
      <PageHeader
        title={`Liquidación de la factura ${commission.invoiceNumber ?? "sin número"}`}
        subtitle={`Registrada el ${formatCalendarDate(commission.registeredOn)} con las reglas v${commission.ruleSetVersion} · factura de ${breakdown.invoiceAgeDays} días`}
        actions={
          <LinkButton href="/comisiones" variant="outlined">
            Volver a comisiones
          </LinkButton>
        }
      />
      <Stack spacing={0.5} sx={{ mb: 2 }}>
        <Typography variant="body2">Proveedor: {party(commission.supplier)}</Typography>
        <Typography variant="body2">Adquiriente: {party(commission.customer)}</Typography>
      </Stack>
      <Grid container spacing={2} sx={{ mb: 3 }}>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Figure label="Valor de la factura" value={formatCop(commission.invoiceTotal)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Figure label="Valor elegible" value={formatCop(commission.eligibleAmount)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Figure label="Valor excluido" value={formatCop(commission.excludedAmount)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Figure label="Tarifa BMC" value={formatCop(commission.feeAmount)} note={chargeNote(breakdown.fee)} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Figure
            label="Comisión del corredor"
            value={formatCop(commission.commissionAmount)}
            note={chargeNote(breakdown.commission)}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <Figure label="Retención evitada" value={formatCop(commission.withholdingAvoided)} />
        </Grid>
      </Grid>
      <DataTable
        label="Líneas liquidadas"
        rows={breakdown.lines}
        rowKey={(line) => String(line.lineNumber)}
        emptyTitle="La factura no tiene líneas"
        columns={[
          { key: "line", header: "#", render: (line) => line.lineNumber },
          {
            key: "product",
            header: "Producto",
            render: (line) => (
              <>
                <Typography variant="body2">{line.productCode ?? "Sin producto"}</Typography>
                {line.classificationCode && (
                  <Typography variant="caption" color="text.secondary">
                    DIAN {line.classificationCode}
                    {line.category && ` · ${line.category}`}
                  </Typography>
                )}
              </>
            ),
          },
          {
            key: "status",
            header: "Elegibilidad",
            render: (line) =>
              line.excludedReason ? (
                <Chip size="small" color="warning" variant="outlined" label={EXCLUSION_REASON_LABELS[line.excludedReason]} />
              ) : (
                <Chip size="small" color="success" variant="outlined" label="Elegible" />
              ),
          },
          {
            key: "amount",
            header: "Valor",
            align: "right",
            render: (line) => formatCop(line.lineAmount),
          },
          { key: "fee", header: "Tarifa BMC", align: "right", render: (line) => lineCharge(line.fee) },
          { key: "commission", header: "Comisión", align: "right", render: (line) => lineCharge(line.commission) },
          {
            key: "withholding",
            header: "Retención evitada",
            align: "right",
            render: (line) =>
              line.excludedReason ? (
                "—"
              ) : (
                <AmountWithRate amount={line.withholdingAvoided} rate={formatBasisPoints(line.withholdingRateBps)} />
              ),
          },
        ]}
      />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
        Liquidada el {formatDateTime(commission.createdAt)}. Huella de los datos de entrada (SHA-256):{" "}
        <code>{commission.inputsHash}</code>. Recalcular con la versión v{commission.ruleSetVersion} reproduce estos
        valores exactamente.
      </Typography>
    </>
  );
};

export default CommissionDetailPage;
