"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import Decimal from "decimal.js";
import { apiErrorMessage } from "@/components/common/api-error-message";
import type { TRuleSetPreview } from "@/lib/commissions/rule-sets/schemas";
import { formatCop, formatCount } from "@/lib/format/format-cop";
import { formatCalendarDate } from "@/lib/format/format-date";
import { usePreviewRuleSetMutation } from "@/lib/store/api";

const signed = (amount: string) => (new Decimal(amount).gt(0) ? `+${formatCop(amount)}` : formatCop(amount));
const percent = (value: string | null) =>
  value === null ? "" : ` (${new Decimal(value).gt(0) ? "+" : ""}${value.replace(".", ",")} %)`;

const FAILURE_LABELS: Record<string, string> = {
  INVOICE_TOO_OLD: "factura demasiado antigua",
  INVOICE_DATE_IN_FUTURE: "fecha de emisión posterior al registro",
  NO_ELIGIBLE_LINES: "sin líneas elegibles",
};

const TotalRow = ({ label, change, testId }: { label: string; change: TRuleSetPreview["fee"]; testId: string }) => (
  <TableRow data-testid={testId}>
    <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
      {label}
    </TableCell>
    <TableCell align="right">{formatCop(change.before)}</TableCell>
    <TableCell align="right">{formatCop(change.after)}</TableCell>
    <TableCell align="right" sx={{ fontWeight: 600 }}>
      {signed(change.difference)}
      {percent(change.percent)}
    </TableCell>
  </TableRow>
);

const Count = ({ label, value, testId }: { label: string; value: number; testId: string }) => (
  <Box sx={{ minWidth: 140 }}>
    <Typography variant="h2" component="p" data-testid={testId}>
      {formatCount(value)}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

export type RuleSetPreviewPanelProps = { ruleSetId: string; disabledReason: string | null };

/** How the draft would have priced the last 1,000 priced invoices, against what they were charged. */
export const RuleSetPreviewPanel = ({ ruleSetId, disabledReason }: RuleSetPreviewPanelProps) => {
  const [preview, { data, error, isLoading, reset }] = usePreviewRuleSetMutation();
  return (
    <Paper sx={{ p: 2.5 }} aria-labelledby="rule-set-preview-title">
      <Stack spacing={2}>
        <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
          <Typography id="rule-set-preview-title" variant="h3" component="h2" sx={{ flex: 1 }}>
            Vista previa
          </Typography>
          <Button
            variant="outlined"
            onClick={() => {
              reset();
              void preview(ruleSetId);
            }}
            disabled={isLoading || disabledReason !== null}
          >
            {data ? "Actualizar vista previa" : "Vista previa"}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {disabledReason ??
            "Recalcula con este borrador las últimas 1.000 facturas liquidadas (con su misma fecha de registro) y lo compara con lo que se cobró."}
        </Typography>
        {isLoading && <LinearProgress aria-label="Calculando vista previa" />}
        {error && <Alert severity="error">{apiErrorMessage(error, "No fue posible calcular la vista previa. Intente de nuevo.")}</Alert>}
        {data && data.invoiceCount === 0 && (
          <Alert severity="info">Aún no hay facturas liquidadas con las cuales comparar.</Alert>
        )}
        {data && data.invoiceCount > 0 && (
          <Stack spacing={2} data-testid="rule-set-preview">
            <Typography variant="body2">
              {formatCount(data.invoiceCount)} {data.invoiceCount === 1 ? "factura registrada" : "facturas registradas"}{" "}
              {data.registeredFrom === data.registeredTo
                ? `el ${formatCalendarDate(data.registeredFrom ?? "")}`
                : `entre ${formatCalendarDate(data.registeredFrom ?? "")} y ${formatCalendarDate(data.registeredTo ?? "")}`}
              ; calculado en {formatCount(Math.round(data.elapsedMs))} ms.
            </Typography>
            <Table size="small" aria-label="Totales antes y después">
              <TableHead>
                <TableRow>
                  <TableCell />
                  <TableCell align="right">Cobrado</TableCell>
                  <TableCell align="right">Con el borrador</TableCell>
                  <TableCell align="right">Diferencia</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                <TotalRow label="Tarifa BMC" change={data.fee} testId="preview-fee" />
                <TotalRow label="Comisión" change={data.commission} testId="preview-commission" />
                <TotalRow label="Total" change={data.total} testId="preview-total" />
              </TableBody>
            </Table>
            <Stack direction="row" spacing={3} sx={{ flexWrap: "wrap" }}>
              <Count label="pagarían más" value={data.increased} testId="preview-increased" />
              <Count label="pagarían menos" value={data.decreased} testId="preview-decreased" />
              <Count label="sin cambio" value={data.unchanged} testId="preview-unchanged" />
              <Count label="ya no se podrían registrar" value={data.failed} testId="preview-failed" />
            </Stack>
            {data.failed > 0 && (
              <Alert severity="warning">
                {Object.entries(data.failuresByCode)
                  .map(([code, count]) => `${formatCount(count)} por ${FAILURE_LABELS[code] ?? code}`)
                  .join("; ")}
                . En los totales con el borrador cuentan como $ 0.
              </Alert>
            )}
            {data.largestChanges.length > 0 && (
              <>
                <Typography variant="h3" component="h3">
                  Mayores cambios
                </Typography>
                <Table size="small" aria-label="Mayores cambios">
                  <TableHead>
                    <TableRow>
                      <TableCell>Factura</TableCell>
                      <TableCell>Registro</TableCell>
                      <TableCell align="right">Cobrado (tarifa + comisión)</TableCell>
                      <TableCell align="right">Con el borrador</TableCell>
                      <TableCell align="right">Diferencia</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.largestChanges.map((change) => (
                      <TableRow key={change.invoiceId}>
                        <TableCell>{change.invoiceNumber ?? "—"}</TableCell>
                        <TableCell>{formatCalendarDate(change.registeredOn)}</TableCell>
                        <TableCell align="right">{formatCop(new Decimal(change.before.fee).plus(change.before.commission))}</TableCell>
                        <TableCell align="right">
                          {change.after
                            ? formatCop(new Decimal(change.after.fee).plus(change.after.commission))
                            : `No registrable (${FAILURE_LABELS[change.failureCode ?? ""] ?? change.failureCode})`}
                        </TableCell>
                        <TableCell align="right">{signed(change.difference)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
};
