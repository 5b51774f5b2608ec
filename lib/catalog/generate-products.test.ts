import { describe, expect, test } from "vitest";
import { DIAN_CLASSIFICATIONS } from "@/lib/seed/dian-classifications";
import { BASE_PRODUCTS, BRAND_MARKS, BRAND_NAMES, BRAND_PLACES, BRAND_TYPES, PRESENTATIONS, QUALITIES } from "./catalog-vocabulary";
import { GENERATED_NAME_CAPACITY, generateProducts } from "./generate-products";
import { isValidGtin13 } from "./gtin";
import { normalizeProductName } from "./normalize-product-name";
import { isKnownUnitCode } from "./unit-codes";

/** The entries (as word lists) of which another entry's words begin with, e.g. "seco" and "seco de trilla". */
const prefixClashes = (entries: readonly string[]): string[] => {
  const words = [...new Set(entries.map((entry) => normalizeProductName(entry)))].sort();
  const clashes: string[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const previous = words[i - 1] as string;
    if ((words[i] as string).startsWith(`${previous} `)) clashes.push(`${previous} ⊂ ${words[i]}`);
  }
  if (words.length !== entries.length) clashes.push("entradas repetidas tras normalizar");
  return clashes;
};

describe("vocabulary: every name splits back into its parts in one way only", () => {
  const brands = [
    ...BRAND_TYPES.flatMap((type) => BRAND_NAMES.flatMap((name) => BRAND_PLACES.map((place) => `${type} ${name} ${place}`))),
    ...BRAND_MARKS,
  ];

  test("base products, brands and each presentation list are prefix-free", () => {
    expect(prefixClashes(BASE_PRODUCTS.map((base) => base.name))).toEqual([]);
    expect(prefixClashes(brands)).toEqual([]);
    for (const list of Object.values(PRESENTATIONS)) expect(prefixClashes(list.map((presentation) => presentation.text))).toEqual([]);
  });

  test("qualities and brands together are prefix-free (the quality may be left out)", () => {
    for (const list of Object.values(QUALITIES)) expect(prefixClashes([...list, ...brands])).toEqual([]);
  });

  test("the vocabulary is small and the name space covers 60 million rows", () => {
    expect(BASE_PRODUCTS.length).toBeGreaterThan(150);
    expect(GENERATED_NAME_CAPACITY).toBeGreaterThan(60_000_000);
    const words = new Set([...BASE_PRODUCTS.map((b) => b.name), ...brands.slice(0, 5000), ...Object.values(QUALITIES).flat()].flatMap((t) => normalizeProductName(t).split(" ")));
    expect(words.size).toBeLessThan(5000);
  });

  test("classifications and units exist; eligibility rates are the decree's", () => {
    const classifications = new Map(DIAN_CLASSIFICATIONS.map((c) => [c.code, c]));
    for (const base of BASE_PRODUCTS) expect(classifications.has(base.classificationCode), base.classificationCode).toBe(true);
    for (const list of Object.values(PRESENTATIONS)) for (const { unitCode } of list) expect(isKnownUnitCode(unitCode), unitCode).toBe(true);
    const rates = { AGRO_NATURAL: 150, FIRST_TRANSFORMATION: 250, NOT_ELIGIBLE: 0 };
    for (const classification of DIAN_CLASSIFICATIONS) expect(classification.withholdingRateBps).toBe(rates[classification.eligibility]);
    expect(new Set(DIAN_CLASSIFICATIONS.map((c) => c.code)).size).toBe(DIAN_CLASSIFICATIONS.length);
  });
});

describe("generateProducts", () => {
  const ROWS = 200_000;
  const products = [...generateProducts({ count: ROWS, seed: 7 })];

  test("is deterministic for a seed and differs across seeds", () => {
    expect([...generateProducts({ count: 2000, seed: 7 })]).toEqual(products.slice(0, 2000));
    const other = [...generateProducts({ count: 50, seed: 8 })].map((p) => p.name);
    expect(other.filter((name, i) => name === products[i]?.name).length).toBeLessThan(3);
  });

  test("a slice started at an offset equals the same rows of the full run", () => {
    expect([...generateProducts({ count: 1000, seed: 7, startIndex: 150_000 })]).toEqual(products.slice(150_000, 151_000));
  });

  test(`codes, GTINs and normalized names are unique over ${ROWS} rows; GTINs valid`, () => {
    expect(new Set(products.map((p) => p.code)).size).toBe(ROWS);
    expect(new Set(products.map((p) => p.normalizedName)).size).toBe(ROWS);
    const gtins = products.flatMap((p) => (p.gtin ? [p.gtin] : []));
    expect(new Set(gtins).size).toBe(gtins.length);
    expect(gtins.length / ROWS).toBeGreaterThan(0.67);
    expect(gtins.length / ROWS).toBeLessThan(0.73);
    for (const gtin of gtins) if (!isValidGtin13(gtin)) throw new Error(`GTIN inválido ${gtin}`);
  });

  test("normalizedName equals normalizeProductName(name) for every row", () => {
    for (const product of products) if (product.normalizedName !== normalizeProductName(product.name)) throw new Error(product.name);
  });

  test("names repeat a small vocabulary and include near-duplicates", () => {
    const words = new Set(products.flatMap((p) => p.normalizedName.split(" ")));
    expect(words.size).toBeLessThan(3000);
    const lengths = products.map((p) => p.name.length).sort((a, b) => a - b);
    expect(lengths[0]).toBeLessThan(35);
    expect(lengths[lengths.length - 1]).toBeGreaterThan(95);
    // Same base product and brand in another size or quality.
    const byStem = new Map<string, number>();
    for (const p of products) {
      const stem = p.normalizedName.replace(/ [^ ]+ [^ ]+$/, "");
      byStem.set(stem, (byStem.get(stem) ?? 0) + 1);
    }
    expect([...byStem.values()].filter((count) => count > 1).length).toBeGreaterThan(100);
  });

  test("past the name capacity a cycle number keeps names distinct", () => {
    const [first] = [...generateProducts({ count: 1, seed: 7, startIndex: 5 })];
    const [wrapped] = [...generateProducts({ count: 1, seed: 7, startIndex: GENERATED_NAME_CAPACITY + 5 })];
    expect(wrapped?.name).toBe(`${first?.name} serie 2`);
  });
});

test("normalizeProductName drops accents, case and stray punctuation", () => {
  expect(normalizeProductName("  Café   PERGAMINO—Seco (Huila) ")).toBe("cafe pergamino seco huila");
  expect(normalizeProductName("Bulto x 62,5 kg")).toBe("bulto x 62.5 kg");
  expect(normalizeProductName("Piña Ñame")).toBe("pina name");
});
