import { AppError } from "@/lib/errors";
import { calendarDateToIso, isoToCalendarDate } from "@/lib/format/calendar-date";
import { toBogotaIsoDate } from "@/lib/format/bogota-day";
import { getRuleSetInForce } from "./get-rule-set-in-force";
import { ZRuleSetInForce, type TRuleSetInForce } from "./schemas";
import { toPricingRuleSet } from "./to-pricing-rule-set";

/** The version that prices invoices registered today (Bogotá), for the API and the screens. */
export const getRuleSetInForceDetail = async (): Promise<TRuleSetInForce> => {
  const ruleSet = await getRuleSetInForce(isoToCalendarDate(toBogotaIsoDate()));
  if (!ruleSet?.effectiveFrom) {
    throw new AppError("NO_RULE_SET_IN_FORCE", { message: "No hay una versión de reglas de comisión vigente." });
  }
  return ZRuleSetInForce.parse({
    ...toPricingRuleSet(ruleSet),
    description: ruleSet.description,
    effectiveFrom: calendarDateToIso(ruleSet.effectiveFrom),
    publishedAt: ruleSet.publishedAt?.toISOString() ?? null,
  });
};
