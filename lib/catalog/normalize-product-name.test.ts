import { expect, test } from "vitest";
import { normalizeProductName, tokenizeNormalizedName } from "./normalize-product-name";

test.each([
  ["Café Pergamino  Seco", "cafe pergamino seco"],
  ["ARROZ blanco x50kg", "arroz blanco x 50 kg"],
  ["Panela caja 24x500g", "panela caja 24 x 500 g"],
  ["Arroba 12,5 kg", "arroba 12.5 kg"],
  ["Supremo 17/18 (excelso)", "supremo 17/18 excelso"],
  ["Fertilizante NPK 15-15-15.", "fertilizante npk 15 15 15"],
  ["Año niño – Ñame", "ano nino name"],
  ["  ", ""],
])("normalizes %j to %j", (name, expected) => {
  expect(normalizeProductName(name)).toBe(expected);
});

test("tokenizing keeps each word once, in order", () => {
  expect(tokenizeNormalizedName("caja 24 x 500 g x")).toEqual(["caja", "24", "x", "500", "g"]);
  expect(tokenizeNormalizedName("")).toEqual([]);
});
