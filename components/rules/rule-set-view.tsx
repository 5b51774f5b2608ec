import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { RULE_KIND_LABELS, type TRuleSetDetail, type TRuleSetRuleView } from "@/lib/commissions/rule-sets/schemas";
import { formatBasisPoints } from "@/lib/format/format-basis-points";
import { formatCop } from "@/lib/format/format-cop";

const peso = (amount: string) => formatCop(amount, { decimals: 0 });
const limits = (min: string, max: string | null) => `mínimo ${peso(min)}, ${max === null ? "sin máximo" : `máximo ${peso(max)}`}`;
const rate = (basisPoints: number | null) => (basisPoints === null ? "—" : formatBasisPoints(basisPoints));

const condition = (rule: TRuleSetRuleView) => {
  if (rule.kind === "AMOUNT_BRACKET") {
    return `Valor elegible desde ${peso(rule.minAmount ?? "0")}${rule.maxAmount === null ? " en adelante" : ` hasta ${peso(rule.maxAmount)} (sin incluir)`}`;
  }
  if (rule.kind === "CLASSIFICATION_RATE") return `Líneas de la clasificación ${rule.classificationCode ?? "—"}`;
  return `Líneas de la categoría ${rule.category ?? "—"}`;
};

/** A version as it will price invoices (read-only: published versions never change). */
export const RuleSetView = ({ ruleSet }: { ruleSet: TRuleSetDetail }) => (
  <Stack spacing={2}>
    <Paper sx={{ p: 2.5 }}>
      <Stack spacing={0.75}>
        <Typography variant="h3" component="h2">
          Tarifas base
        </Typography>
        <Typography variant="body2">{ruleSet.description}</Typography>
        <Typography variant="body2" data-testid="rule-set-fee">
          Tarifa BMC: {formatBasisPoints(ruleSet.feeRateBps)} del valor elegible, {limits(ruleSet.feeMin, ruleSet.feeMax)}
        </Typography>
        <Typography variant="body2" data-testid="rule-set-commission">
          Comisión del corredor: {formatBasisPoints(ruleSet.commissionRateBps)}, {limits(ruleSet.commissionMin, ruleSet.commissionMax)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Facturas con más de {ruleSet.maxInvoiceAgeDays} días desde su emisión no se pueden registrar.
        </Typography>
      </Stack>
    </Paper>
    <Paper>
      <Typography variant="h3" component="h2" sx={{ p: 2, pb: 1 }}>
        Reglas adicionales
      </Typography>
      <Table size="small" aria-label="Reglas adicionales">
        <TableHead>
          <TableRow>
            <TableCell>Tipo</TableCell>
            <TableCell>Condición</TableCell>
            <TableCell align="right">Tarifa BMC</TableCell>
            <TableCell align="right">Comisión</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {ruleSet.rules.map((rule, index) => (
            <TableRow key={index}>
              <TableCell>{RULE_KIND_LABELS[rule.kind]}</TableCell>
              <TableCell>{condition(rule)}</TableCell>
              <TableCell align="right">{rate(rule.feeRateBps)}</TableCell>
              <TableCell align="right">{rate(rule.commissionRateBps)}</TableCell>
            </TableRow>
          ))}
          {ruleSet.rules.length === 0 && (
            <TableRow>
              <TableCell colSpan={4} sx={{ color: "text.secondary" }}>
                Sin reglas adicionales: todas las líneas elegibles usan las tarifas base.
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Paper>
  </Stack>
);
