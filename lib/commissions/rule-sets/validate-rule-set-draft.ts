import { AppError } from "@/lib/errors";
import { checkRuleSetReferences } from "./check-rule-set-references";
import { ZRuleSetDraftInput, type TFieldError, type TRuleSetDraftInput } from "./schemas";

export type ValidateRuleSetDraftOptions = { draft: unknown };

/**
 * The shared schema, then the database checks; either way a failure is INVALID_INPUT with field errors in the
 * same shape as a zod failure at the API boundary ({ path: "rules.2.minAmount", message }).
 */
export const validateRuleSetDraft = async ({ draft }: ValidateRuleSetDraftOptions): Promise<TRuleSetDraftInput> => {
  const parsed = ZRuleSetDraftInput.safeParse(draft);
  const errors: TFieldError[] = parsed.success
    ? await checkRuleSetReferences({ draft: parsed.data })
    : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  if (!parsed.success || errors.length > 0) {
    throw new AppError("INVALID_INPUT", { message: "Revise los campos marcados de la versión.", details: errors });
  }
  return parsed.data;
};
