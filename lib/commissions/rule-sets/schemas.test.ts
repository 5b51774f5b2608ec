import { describe, expect, test } from "vitest";
import { ZRuleSetDraftInput, type TRuleSetDraftInputIn } from "./schemas";

const base: TRuleSetDraftInputIn = {
  description: "Tarifas 2027",
  feeRateBps: 30,
  feeMin: "10000",
  feeMax: null,
  commissionRateBps: 15,
  commissionMin: "15000",
  commissionMax: "5000000",
  rules: [],
};

const bracket = (minAmount: string, maxAmount: string | null) => ({
  kind: "AMOUNT_BRACKET" as const,
  minAmount,
  maxAmount,
  feeRateBps: null,
  commissionRateBps: 10,
});

const issuesOf = (input: unknown) => {
  const result = ZRuleSetDraftInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

describe("ZRuleSetDraftInput", () => {
  test("a valid draft parses, amounts normalized to two decimals and the age limit defaulted to 180 days", () => {
    const parsed = ZRuleSetDraftInput.parse({
      ...base,
      rules: [bracket("0", "500000000"), bracket("500000000", null)],
    });
    expect(parsed.feeMin).toBe("10000.00");
    expect(parsed.maxInvoiceAgeDays).toBe(180);
    expect(parsed.rules[1]).toMatchObject({ minAmount: "500000000.00", maxAmount: null });
  });

  test.each<[string, Partial<TRuleSetDraftInputIn>, string, RegExp]>([
    ["rate above 100 %", { feeRateBps: 10_001 }, "feeRateBps", /entre 0 % y 100 %/],
    ["negative rate", { commissionRateBps: -1 }, "commissionRateBps", /entre 0 % y 100 %/],
    ["fractional basis points", { feeRateBps: 2.5 }, "feeRateBps", /dos decimales/],
    ["centavos in a minimum", { feeMin: "10000.50" }, "feeMin", /pesos enteros/],
    ["negative minimum", { commissionMin: "-5" }, "commissionMin", /pesos enteros/],
    ["fee min above max", { feeMin: "20000", feeMax: "10000" }, "feeMax", /no puede ser menor que el mínimo/],
    ["commission min above max", { commissionMin: "6000000" }, "commissionMax", /no puede ser menor que el mínimo/],
    ["age limit zero", { maxInvoiceAgeDays: 0 }, "maxInvoiceAgeDays", /1 a 3.650 días/],
    ["age limit above ten years", { maxInvoiceAgeDays: 3651 }, "maxInvoiceAgeDays", /1 a 3.650 días/],
    ["blank description", { description: "   " }, "description", /Escriba una descripción/],
  ])("%s", (_, change, path, message) => {
    const issues = issuesOf({ ...base, ...change });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toMatch(message);
  });

  test.each<[string, unknown[], { path: string; message: RegExp }[]]>([
    [
      "overlapping brackets",
      [bracket("0", "1000000"), bracket("500000", "2000000")],
      [{ path: "rules.1.minAmount", message: /se cruza con la regla 1/ }],
    ],
    [
      "a bracket inside an open-ended one",
      [bracket("1000000", null), bracket("2000000", "3000000")],
      [{ path: "rules.1.minAmount", message: /se cruza con la regla 1/ }],
    ],
    [
      "two open-ended brackets",
      [bracket("0", null), bracket("1000000", null)],
      [{ path: "rules.1.maxAmount", message: /Solo un tramo puede quedar sin valor hasta/ }],
    ],
    [
      "bracket min above max",
      [bracket("2000000", "1000000")],
      [{ path: "rules.0.maxAmount", message: /mayor que el valor desde/ }],
    ],
    ["empty bracket (min = max)", [bracket("1000", "1000")], [{ path: "rules.0.maxAmount", message: /mayor que el valor desde/ }]],
    [
      "duplicate classification",
      [
        { kind: "CLASSIFICATION_RATE", classificationCode: "0901.11", feeRateBps: 20, commissionRateBps: null },
        { kind: "CLASSIFICATION_RATE", classificationCode: "0901.11", feeRateBps: null, commissionRateBps: 5 },
      ],
      [{ path: "rules.1.classificationCode", message: /0901.11 ya tiene tarifa en la regla 1/ }],
    ],
    [
      "duplicate category, whatever its case",
      [
        { kind: "CATEGORY_RATE", category: "Cereales", feeRateBps: 20, commissionRateBps: null },
        { kind: "CATEGORY_RATE", category: "cereales", feeRateBps: 25, commissionRateBps: null },
      ],
      [{ path: "rules.1.category", message: /ya tiene tarifa en la regla 1/ }],
    ],
    [
      "a rule with no rate",
      [{ kind: "CATEGORY_RATE", category: "Cereales", feeRateBps: null, commissionRateBps: null }],
      [{ path: "rules.0.feeRateBps", message: /Indique la tarifa BMC, la comisión o ambas/ }],
    ],
    [
      "a malformed classification code",
      [{ kind: "CLASSIFICATION_RATE", classificationCode: "cafe", feeRateBps: 20, commissionRateBps: null }],
      [{ path: "rules.0.classificationCode", message: /Código de clasificación DIAN inválido/ }],
    ],
    ["an unknown rule kind", [{ kind: "SURCHARGE", feeRateBps: 20 }], [{ path: "rules.0.kind", message: /Tipo de regla inválido/ }]],
  ])("rules: %s", (_, rules, expected) => {
    const issues = issuesOf({ ...base, rules });
    expect(issues).toHaveLength(expected.length);
    expected.forEach((issue, index) => {
      expect(issues[index]?.path).toBe(issue.path);
      expect(issues[index]?.message).toMatch(issue.message);
    });
  });

  test("every error shows at once: a bad base rate does not hide the limits or the rules", () => {
    const issues = issuesOf({
      ...base,
      feeRateBps: Number.NaN,
      feeMin: "20000",
      feeMax: "10000",
      rules: [bracket("0", "1000000"), bracket("500000", "2000000")],
    });
    expect(issues.map((issue) => issue.path).sort()).toEqual(["feeMax", "feeRateBps", "rules.1.minAmount"]);
  });

  test("a missing draft gets a Spanish message too", () => {
    expect(issuesOf(undefined)).toEqual([{ path: "", message: "Envíe el contenido de la versión (descripción, tarifas y reglas)" }]);
  });

  test("adjacent brackets [0, 1M) and [1M, ∞) do not overlap, whatever their order", () => {
    expect(issuesOf({ ...base, rules: [bracket("1000000", null), bracket("0", "1000000")] })).toEqual([]);
  });
});
