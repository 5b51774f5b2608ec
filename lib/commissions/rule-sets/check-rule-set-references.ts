import { db } from "@/lib/db";
import { listProductCategories } from "./list-product-categories";
import type { TFieldError, TRuleSetDraftInput } from "./schemas";

export type CheckRuleSetReferencesOptions = { draft: Pick<TRuleSetDraftInput, "rules"> };

/**
 * What the schema cannot know: a classification rate must name a DIAN classification that exists and is eligible
 * for registration (lines of other classifications are excluded, so their rate would never apply), and a category
 * rate must name a category some product of the catalog has — a misspelt category would silently price nothing.
 * Answers field errors in the schema's shape.
 */
export const checkRuleSetReferences = async ({ draft }: CheckRuleSetReferencesOptions): Promise<TFieldError[]> => {
  const codes = [
    ...new Set(draft.rules.flatMap((rule) => (rule.kind === "CLASSIFICATION_RATE" ? [rule.classificationCode] : []))),
  ];
  const wantsCategories = draft.rules.some((rule) => rule.kind === "CATEGORY_RATE");
  const [classifications, categories] = await Promise.all([
    codes.length > 0
      ? db.dianClassification.findMany({ where: { code: { in: codes } }, select: { code: true, eligibility: true } })
      : Promise.resolve([]),
    wantsCategories ? listProductCategories() : Promise.resolve([]),
  ]);
  const eligibilityByCode = new Map(classifications.map((row) => [row.code, row.eligibility]));
  const knownCategories = new Set(categories);

  const errors: TFieldError[] = [];
  draft.rules.forEach((rule, index) => {
    if (rule.kind === "CLASSIFICATION_RATE") {
      const eligibility = eligibilityByCode.get(rule.classificationCode);
      if (eligibility === undefined) {
        errors.push({
          path: `rules.${index}.classificationCode`,
          message: `La clasificación DIAN ${rule.classificationCode} no existe`,
        });
      } else if (eligibility === "NOT_ELIGIBLE") {
        errors.push({
          path: `rules.${index}.classificationCode`,
          message: `La clasificación ${rule.classificationCode} no es elegible para registro: su tarifa nunca se aplicaría`,
        });
      }
    } else if (rule.kind === "CATEGORY_RATE" && !knownCategories.has(rule.category)) {
      errors.push({
        path: `rules.${index}.category`,
        message: `Ningún producto del catálogo tiene la categoría «${rule.category}»`,
      });
    }
  });
  return errors;
};
