import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findRuleSetInForceId } from "./find-rule-set-in-force-id";
import type { TRuleSetDetail } from "./schemas";
import { RULE_SET_DETAIL_INCLUDE, toRuleSetDetail } from "./to-rule-set-detail";

export type GetRuleSetOptions = { id: string };

export const getRuleSet = async ({ id }: GetRuleSetOptions): Promise<TRuleSetDetail> => {
  const [row, inForceId] = await Promise.all([
    db.commissionRuleSet.findUnique({ where: { id }, include: RULE_SET_DETAIL_INCLUDE }),
    findRuleSetInForceId(),
  ]);
  if (!row) throw new AppError("NOT_FOUND", { message: "La versión de reglas no existe." });
  return toRuleSetDetail({ row, inForceId });
};
