import Chip from "@mui/material/Chip";
import type { TRuleSetSummary } from "@/lib/commissions/rule-sets/schemas";
import { formatCalendarDate } from "@/lib/format/format-date";

/** Vigente (in force today), Borrador, Programada (published, effective later; the date is shown beside it) or Publicada (superseded). */
export const RuleSetStatusChip = ({ ruleSet, today }: { ruleSet: Pick<TRuleSetSummary, "status" | "inForce" | "effectiveFrom">; today: string }) => {
  if (ruleSet.status === "DRAFT") return <Chip size="small" color="warning" variant="outlined" label="Borrador" />;
  if (ruleSet.inForce) return <Chip size="small" color="success" label="Vigente" />;
  if (ruleSet.effectiveFrom && ruleSet.effectiveFrom > today) {
    return <Chip size="small" color="info" variant="outlined" label="Programada" title={`Entra en vigor el ${formatCalendarDate(ruleSet.effectiveFrom)}`} />;
  }
  return <Chip size="small" variant="outlined" label="Publicada" />;
};
