import Decimal from "decimal.js";
import { z } from "zod";
import { ZDianCode } from "@/lib/catalog/schemas";
import { ZCommissionRuleKind, ZIsoDate } from "@/lib/commissions/schemas";

const RATE_MESSAGE = "La tarifa debe estar entre 0 % y 100 % (0 a 10.000 puntos básicos)";

/** A rate in basis points (30 = 0,30 %); the screens show and take percentages. */
export const ZRateBps = z
  .number({ error: "Escriba una tarifa" })
  .int("La tarifa admite hasta dos decimales de porcentaje")
  .min(0, RATE_MESSAGE)
  .max(10_000, RATE_MESSAGE);

/** Whole pesos: the charges are rounded to the peso, so limits and bracket bounds with centavos would never bind. */
export const ZPesoAmount = z
  .string({ error: "Escriba un valor en pesos" })
  .trim()
  .regex(/^\d{1,16}(\.00?)?$/, "Escriba pesos enteros, sin centavos (p. ej. 15000)")
  .transform((value) => new Decimal(value).toFixed(2));

const ZRuleRates = {
  feeRateBps: ZRateBps.nullable(),
  commissionRateBps: ZRateBps.nullable(),
};

export const ZAmountBracketRuleInput = z.object({
  kind: z.literal("AMOUNT_BRACKET"),
  /** Bracket on the invoice's eligible amount: [minAmount, maxAmount); maxAmount null = "and above". */
  minAmount: ZPesoAmount,
  maxAmount: ZPesoAmount.nullable(),
  ...ZRuleRates,
});

export const ZClassificationRuleInput = z.object({
  kind: z.literal("CLASSIFICATION_RATE"),
  classificationCode: ZDianCode,
  ...ZRuleRates,
});

export const ZCategoryRuleInput = z.object({
  kind: z.literal("CATEGORY_RATE"),
  category: z
    .string({ error: "Escriba una categoría" })
    .trim()
    .min(1, "Escriba una categoría")
    .max(100, "La categoría admite hasta 100 caracteres"),
  ...ZRuleRates,
});

export const ZRuleDraftInput = z.discriminatedUnion(
  "kind",
  [ZAmountBracketRuleInput, ZClassificationRuleInput, ZCategoryRuleInput],
  { error: "Tipo de regla inválido: use AMOUNT_BRACKET, CLASSIFICATION_RATE o CATEGORY_RATE" },
);
export type TRuleDraftInput = z.infer<typeof ZRuleDraftInput>;

export const RULE_KIND_LABELS: Record<z.infer<typeof ZCommissionRuleKind>, string> = {
  AMOUNT_BRACKET: "Tramo de valor",
  CLASSIFICATION_RATE: "Clasificación DIAN",
  CATEGORY_RATE: "Categoría de producto",
};

const MAX_RULES = 200;

const ZFeeLimits = z.object({ feeMin: ZPesoAmount, feeMax: ZPesoAmount.nullable() });
const ZCommissionLimits = z.object({ commissionMin: ZPesoAmount, commissionMax: ZPesoAmount.nullable() });

const describeRule = (index: number) => `la regla ${index + 1}`;

/**
 * Checks across rules: a rule with no rate, brackets that overlap or are empty, a second open-ended bracket,
 * repeated classifications or categories. On the array itself, so they show even while a base field is invalid.
 */
const ZRuleDraftList = z
  .array(ZRuleDraftInput)
  .max(MAX_RULES, `Un conjunto admite hasta ${MAX_RULES} reglas`)
  .superRefine((rules, ctx) => {
    const brackets: { index: number; min: Decimal; max: Decimal | null }[] = [];
    const classifications = new Map<string, number>();
    const categories = new Map<string, number>();
    rules.forEach((rule, index) => {
      if (rule.feeRateBps === null && rule.commissionRateBps === null) {
        ctx.addIssue({ code: "custom", path: [index, "feeRateBps"], message: "Indique la tarifa BMC, la comisión o ambas" });
      }
      if (rule.kind === "AMOUNT_BRACKET") {
        const min = new Decimal(rule.minAmount);
        const max = rule.maxAmount === null ? null : new Decimal(rule.maxAmount);
        // Half-open [min, max): min = max would be a bracket no amount falls in.
        if (max !== null && !min.lt(max)) {
          ctx.addIssue({ code: "custom", path: [index, "maxAmount"], message: "El valor hasta debe ser mayor que el valor desde" });
          return;
        }
        brackets.push({ index, min, max });
      } else if (rule.kind === "CLASSIFICATION_RATE") {
        const first = classifications.get(rule.classificationCode);
        if (first === undefined) classifications.set(rule.classificationCode, index);
        else {
          ctx.addIssue({
            code: "custom",
            path: [index, "classificationCode"],
            message: `La clasificación ${rule.classificationCode} ya tiene tarifa en ${describeRule(first)}`,
          });
        }
      } else {
        const key = rule.category.toLocaleLowerCase("es-CO");
        const first = categories.get(key);
        if (first === undefined) categories.set(key, index);
        else {
          ctx.addIssue({
            code: "custom",
            path: [index, "category"],
            message: `La categoría ${rule.category} ya tiene tarifa en ${describeRule(first)}`,
          });
        }
      }
    });

    const openEnded = brackets.filter((bracket) => bracket.max === null);
    for (const extra of openEnded.slice(1)) {
      ctx.addIssue({
        code: "custom",
        path: [extra.index, "maxAmount"],
        message: `Solo un tramo puede quedar sin valor hasta; ${describeRule(openEnded[0]?.index ?? 0)} ya lo está`,
      });
    }
    const sorted = [...brackets].sort((a, b) => a.min.comparedTo(b.min) || a.index - b.index);
    sorted.forEach((bracket, position) => {
      const previous = sorted[position - 1];
      if (!previous) return;
      // Two open-ended brackets are already reported above.
      if (previous.max === null && bracket.max === null) return;
      if (previous.max === null || previous.max.gt(bracket.min)) {
        ctx.addIssue({ code: "custom", path: [bracket.index, "minAmount"], message: `El tramo se cruza con ${describeRule(previous.index)}` });
      }
    });
  });

const limitOrder = (min: string, max: string | null) => max === null || !new Decimal(min).gt(max);

/**
 * The editable content of a draft rule set. The API route, the edit form and RTK Query all parse with this one
 * schema, so a field error carries the same path and Spanish message wherever it is raised. Checks that need the
 * database (classification codes and categories exist) live in check-rule-set-references.ts and answer in the
 * same shape.
 */
export const ZRuleSetDraftInput = z
  .object({
    description: z
      .string({ error: "Escriba una descripción" })
      .trim()
      .min(1, "Escriba una descripción")
      .max(500, "La descripción admite hasta 500 caracteres"),
    feeRateBps: ZRateBps,
    feeMin: ZPesoAmount,
    feeMax: ZPesoAmount.nullable(),
    commissionRateBps: ZRateBps,
    commissionMin: ZPesoAmount,
    commissionMax: ZPesoAmount.nullable(),
    maxInvoiceAgeDays: z
      .number({ error: "Escriba un número de días" })
      .int("Escriba un número entero de días")
      .min(1, "La antigüedad máxima va de 1 a 3.650 días")
      .max(3650, "La antigüedad máxima va de 1 a 3.650 días")
      .default(180),
    rules: ZRuleDraftList,
  }, { error: "Envíe el contenido de la versión (descripción, tarifas y reglas)" })
  // `when`: checked as soon as the two limits are valid, so the form shows it together with any other error.
  .refine((input) => limitOrder(input.feeMin, input.feeMax), {
    path: ["feeMax"],
    message: "El máximo de la tarifa BMC no puede ser menor que el mínimo",
    when: (payload) => ZFeeLimits.safeParse(payload.value).success,
  })
  .refine((input) => limitOrder(input.commissionMin, input.commissionMax), {
    path: ["commissionMax"],
    message: "El máximo de la comisión no puede ser menor que el mínimo",
    when: (payload) => ZCommissionLimits.safeParse(payload.value).success,
  });
/** What the form and RTK Query send (maxInvoiceAgeDays may be left out). */
export type TRuleSetDraftInputIn = z.input<typeof ZRuleSetDraftInput>;
export type TRuleSetDraftInput = z.output<typeof ZRuleSetDraftInput>;

/** One field error, with the path the form reads it by ("rules.2.minAmount"). */
export const ZFieldError = z.object({ path: z.string(), message: z.string() });
export type TFieldError = z.infer<typeof ZFieldError>;

/**
 * The draft's content plus the updatedAt the editor loaded: a save over someone else's save is refused. The
 * draft itself is parsed by the lib operation (ZRuleSetDraftInput, then the database checks), so its field
 * errors carry the same paths ("rules.1.minAmount") whether the schema or the database found them.
 */
export const ZUpdateDraftRuleSetRequest = z.object({
  expectedUpdatedAt: z.iso.datetime({ error: "Falta la fecha de la versión que se editó" }),
  draft: z.unknown(),
});
export type TUpdateDraftRuleSetRequest = { expectedUpdatedAt: string; draft: TRuleSetDraftInputIn };

export const ZPublishRuleSetRequest = z.object({
  effectiveFrom: ZIsoDate.describe("First Bogotá registration date the version prices (YYYY-MM-DD)"),
  expectedUpdatedAt: z.iso.datetime({ error: "Falta la fecha de la versión que se revisó" }),
});
export type TPublishRuleSetRequest = z.infer<typeof ZPublishRuleSetRequest>;

export const ZRuleSetStatus = z.enum(["DRAFT", "PUBLISHED"]);

const ZPerson = z.object({ name: z.string(), email: z.string() }).nullable();

export const ZRuleSetSummary = z.object({
  id: z.uuid(),
  version: z.number().int().positive(),
  status: ZRuleSetStatus,
  description: z.string(),
  effectiveFrom: ZIsoDate.nullable(),
  /** True for the published version in force today (Bogotá). */
  inForce: z.boolean(),
  basedOnVersion: z.number().int().nullable(),
  ruleCount: z.number().int(),
  createdAt: z.iso.datetime(),
  createdBy: ZPerson,
  updatedAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: ZPerson,
});
export type TRuleSetSummary = z.infer<typeof ZRuleSetSummary>;

export const ZRuleSetList = z.array(ZRuleSetSummary);

export const ZRuleSetRuleView = z.object({
  kind: ZCommissionRuleKind,
  classificationCode: z.string().nullable(),
  category: z.string().nullable(),
  minAmount: z.string().nullable(),
  maxAmount: z.string().nullable(),
  feeRateBps: z.number().int().nullable(),
  commissionRateBps: z.number().int().nullable(),
});
export type TRuleSetRuleView = z.infer<typeof ZRuleSetRuleView>;

export const ZRuleSetDetail = ZRuleSetSummary.extend({
  feeRateBps: z.number().int(),
  feeMin: z.string(),
  feeMax: z.string().nullable(),
  commissionRateBps: z.number().int(),
  commissionMin: z.string(),
  commissionMax: z.string().nullable(),
  maxInvoiceAgeDays: z.number().int(),
  rules: z.array(ZRuleSetRuleView),
});
export type TRuleSetDetail = z.infer<typeof ZRuleSetDetail>;

const ZChargePair = z.object({ fee: z.string(), commission: z.string() });

export const ZRuleSetPreviewChange = z.object({
  invoiceId: z.uuid(),
  invoiceNumber: z.string().nullable(),
  registeredOn: ZIsoDate,
  before: ZChargePair,
  /** Null when the invoice could not be priced under the draft. */
  after: ZChargePair.nullable(),
  /** (fee + commission) after − before; a failing invoice counts as $0 after. */
  difference: z.string(),
  failureCode: z.string().nullable(),
});
export type TRuleSetPreviewChange = z.infer<typeof ZRuleSetPreviewChange>;

const ZTotalChange = z.object({
  before: z.string(),
  after: z.string(),
  difference: z.string(),
  /** difference / before × 100 with two decimals; null when before is 0. */
  percent: z.string().nullable(),
});

export const ZRuleSetPreview = z.object({
  ruleSetId: z.uuid(),
  ruleSetVersion: z.number().int(),
  /** Invoices compared (the newest priced ones, up to 1,000). */
  invoiceCount: z.number().int(),
  /** Registration dates the sample spans. */
  registeredFrom: ZIsoDate.nullable(),
  registeredTo: ZIsoDate.nullable(),
  fee: ZTotalChange,
  commission: ZTotalChange,
  total: ZTotalChange,
  increased: z.number().int(),
  decreased: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  failuresByCode: z.record(z.string(), z.number().int()),
  largestChanges: z.array(ZRuleSetPreviewChange),
  elapsedMs: z.number(),
});
export type TRuleSetPreview = z.infer<typeof ZRuleSetPreview>;

export const ZRuleSetId = z.uuid({ error: "Identificador de versión inválido" });
