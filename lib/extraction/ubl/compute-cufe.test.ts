import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeCufe } from "./compute-cufe";

const base = {
  number: "SETP990000001",
  issueDate: "2024-03-15",
  issueTime: "09:15:23-05:00",
  lineExtensionAmount: "50000.00",
  taxAmounts: { iva: null, inc: null, ica: null },
  payableAmount: "50000.00",
  supplierNit: "800197268",
  customerId: "900108281",
  secret: "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c",
  environment: "2",
};

describe("computeCufe", () => {
  it("reproduces the CUFE of DIAN's Excluido_de_IVA sample (absent taxes count as 0.00)", () => {
    const { preimage, cufe } = computeCufe(base);
    expect(preimage).toBe(
      "SETP9900000012024-03-1509:15:23-05:0050000.00010.00040.00030.0050000.00800197268900108281fc8eac422eba16e22ffd8c6f94b3f40a6e38162c2",
    );
    expect(cufe).toBe(
      "86e67873712270b6de5bd2985711ce23de5c996cf09afd37f5eac28375f3e3316b342dfc1d39e3847908820070c40244",
    );
  });

  it("formats every amount with two decimals, half-up, taxes always in the order 01, 04, 03", () => {
    const { preimage, cufe } = computeCufe({
      ...base,
      lineExtensionAmount: "1720000",
      taxAmounts: { iva: "342000.005", inc: "0", ica: "12.3" },
      payableAmount: "2023060.1",
    });
    expect(preimage).toContain("1720000.0001342000.01040.000312.302023060.10");
    expect(cufe).toBe(createHash("sha384").update(preimage).digest("hex"));
    expect(cufe).toMatch(/^[0-9a-f]{96}$/);
  });
});
