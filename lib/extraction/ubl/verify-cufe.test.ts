import { describe, expect, it } from "vitest";
import { computeCufe } from "./compute-cufe";
import { type TCufeInputs } from "./read-cufe-inputs";
import { verifyCufe } from "./verify-cufe";

const KEY = "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c";
const inputs: TCufeInputs = {
  kind: "CUFE",
  uuid: null,
  number: "SETP990000123",
  issueDate: "2025-01-02",
  issueTime: "10:00:00-05:00",
  lineExtensionAmount: "1000.00",
  payableAmount: "1190.00",
  taxAmounts: { iva: "190.00", inc: null, ica: null },
  nitCandidates: [
    { source: "PartyTaxScheme", nit: "900111222" },
    { source: "PartyLegalEntity", nit: "900333444" },
  ],
  customerId: "800555666",
  environment: "1",
};
const cufeWith = (nit: string, key = KEY) =>
  computeCufe({
    number: inputs.number ?? "",
    issueDate: inputs.issueDate ?? "",
    issueTime: inputs.issueTime ?? "",
    lineExtensionAmount: inputs.lineExtensionAmount ?? "",
    taxAmounts: inputs.taxAmounts,
    payableAmount: inputs.payableAmount ?? "",
    supplierNit: nit,
    customerId: inputs.customerId ?? "",
    secret: key,
    environment: inputs.environment ?? "",
  }).cufe;

describe("verifyCufe", () => {
  it("verifies with the PartyTaxScheme NIT first", () => {
    const result = verifyCufe({ inputs: { ...inputs, uuid: cufeWith("900111222").toUpperCase() }, technicalKey: KEY });
    expect(result).toMatchObject({ status: "verified", nitSource: "PartyTaxScheme" });
  });

  it("says when only the PartyLegalEntity NIT matches", () => {
    const result = verifyCufe({ inputs: { ...inputs, uuid: cufeWith("900333444") }, technicalKey: KEY });
    expect(result).toMatchObject({ status: "verified", nitSource: "PartyLegalEntity" });
  });

  it("is never verified without a key, and mismatches with a wrong one", () => {
    const uuid = cufeWith("900111222");
    expect(verifyCufe({ inputs: { ...inputs, uuid }, technicalKey: null })).toMatchObject({ status: "not-verifiable", nitSource: null });
    expect(verifyCufe({ inputs: { ...inputs, uuid } })).toMatchObject({ status: "not-verifiable" });
    expect(verifyCufe({ inputs: { ...inputs, uuid }, technicalKey: "otra-clave" })).toMatchObject({ status: "mismatch", nitSource: null });
  });

  it("cannot verify a CUDE (needs the software PIN) or a document missing its inputs", () => {
    const uuid = cufeWith("900111222");
    expect(verifyCufe({ inputs: { ...inputs, uuid, kind: "CUDE" }, technicalKey: KEY }).status).toBe("not-verifiable");
    const missing = verifyCufe({ inputs: { ...inputs, uuid, payableAmount: null, nitCandidates: [] }, technicalKey: KEY });
    expect(missing.status).toBe("not-verifiable");
    expect(missing.detail).toContain("PayableAmount");
    expect(missing.detail).toContain("NIT del emisor");
  });
});
