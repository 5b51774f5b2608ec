import { describe, expect, test } from "vitest";
import { DIAN_CLASSIFICATIONS } from "@/lib/seed/dian-classifications";
import { generateProducts } from "./generate-products";
import { isValidGtin13 } from "./gtin";
import { normalizeProductName } from "./normalize-product-name";

describe("generateProducts", () => {
  const products = [...generateProducts({ count: 2000, seed: 7 })];

  test("is deterministic for a seed and differs across seeds", () => {
    expect([...generateProducts({ count: 2000, seed: 7 })]).toEqual(products);
    expect([...generateProducts({ count: 50, seed: 8 })].map((p) => p.name)).not.toEqual(
      products.slice(0, 50).map((p) => p.name),
    );
  });

  test("a slice started at an offset equals the same rows of the full run", () => {
    expect([...generateProducts({ count: 10, seed: 7, startIndex: 1500 })]).toEqual(products.slice(1500, 1510));
  });

  test("codes are unique, GTINs valid, classifications known", () => {
    const knownCodes = new Set(DIAN_CLASSIFICATIONS.map((c) => c.code));
    expect(new Set(products.map((p) => p.code)).size).toBe(products.length);
    for (const product of products) {
      if (product.gtin) expect(isValidGtin13(product.gtin)).toBe(true);
      expect(knownCodes.has(product.classificationCode)).toBe(true);
      expect(product.normalizedName).toBe(normalizeProductName(product.name));
    }
  });
});

test("normalizeProductName drops accents, case and stray punctuation", () => {
  expect(normalizeProductName("  Café   PERGAMINO—Seco (Huila) ")).toBe("cafe pergamino seco huila");
  expect(normalizeProductName("Bulto x 62,5 kg")).toBe("bulto x 62.5 kg");
  expect(normalizeProductName("Piña Ñame")).toBe("pina name");
});
