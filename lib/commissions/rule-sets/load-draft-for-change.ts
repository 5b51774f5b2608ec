import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { RULE_SET_DETAIL_INCLUDE, type RuleSetDetailRow } from "./to-rule-set-detail";

export type LoadDraftForChangeOptions = {
  tx: DbTransaction;
  id: string;
  /** The updatedAt the caller last saw; null skips the check (deleting a draft needs no review). */
  expectedUpdatedAt: string | null;
};

/**
 * The draft a change applies to, locked (FOR UPDATE) until the transaction ends so two saves queue up; refused
 * when it is published (immutable) or was saved by someone else since the caller loaded it.
 */
export const loadDraftForChange = async ({ tx, id, expectedUpdatedAt }: LoadDraftForChangeOptions): Promise<RuleSetDetailRow> => {
  await tx.$queryRaw`SELECT id FROM "CommissionRuleSet" WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await tx.commissionRuleSet.findUnique({ where: { id }, include: RULE_SET_DETAIL_INCLUDE });
  if (!row) throw new AppError("NOT_FOUND", { message: "La versión de reglas no existe." });
  if (row.status !== "DRAFT") {
    throw new AppError("CONFLICT", {
      message: `La versión ${row.version} ya está publicada y no se puede modificar. Cree un borrador nuevo.`,
    });
  }
  if (expectedUpdatedAt !== null && row.updatedAt.toISOString() !== new Date(expectedUpdatedAt).toISOString()) {
    throw new AppError("CONFLICT", {
      message: `Otra persona guardó cambios en la versión ${row.version} después de que usted la abrió. Recárguela y repita sus cambios.`,
    });
  }
  return row;
};
