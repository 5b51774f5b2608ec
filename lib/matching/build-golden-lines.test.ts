import { expect, test } from "vitest";
import { buildGoldenLines } from "./build-golden-lines";

const products = [
  { code: "P1", name: "Café pergamino seco excelso Finca El Recreo carga 125 kg" },
  { code: "P2", name: "Panela redonda Doña Panela caja 24 x 500 g" },
  { code: "P3", name: "Leche cruda refrigerada Hacienda Córdoba cantina 40 l" },
];

test("the same seed gives the same golden lines, another seed other lines", () => {
  expect(buildGoldenLines({ products, seed: 7 })).toEqual(buildGoldenLines({ products, seed: 7 }));
  expect(buildGoldenLines({ products, seed: 7 })).not.toEqual(buildGoldenLines({ products, seed: 8 }));
});

test("every line changes its product's name and keeps its numbers", () => {
  const lines = buildGoldenLines({ products, seed: 3 });
  lines.forEach((line, index) => {
    const product = products[index];
    expect(line.expectedCode).toBe(product?.code);
    expect(line.noise.length).toBeGreaterThan(0);
    expect(line.description).not.toBe(product?.name);
    const numbers = (text: string) => (text.match(/\d+/g) ?? []).filter((number) => number !== "4471" && number !== "23" && number !== "2026" && number !== "5");
    expect(numbers(line.description)).toEqual(expect.arrayContaining(numbers(product?.name ?? "")));
  });
});
