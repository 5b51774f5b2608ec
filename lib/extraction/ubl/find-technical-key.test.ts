import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { extractUbl } from "./extract-ubl";
import { findTechnicalKey } from "./find-technical-key";

const SETTING = "FE=aaaa, FEA = bbbb ,SETP=fc8eac422eba16e22ffd8c6f94b3f40a6e38162c,broken,=x";

test.each([
  ["FEA123", "bbbb"],
  ["FE123", "aaaa"],
  ["SETP990058987", "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c"],
  ["XYZ1", null],
])("%s → %s", (invoiceNumber, key) => {
  expect(findTechnicalKey({ invoiceNumber, setting: SETTING })).toBe(key);
});

test("the configured keys let the extractor verify a CUFE by the invoice's range", () => {
  const xml = readFileSync(path.join(import.meta.dirname, "fixtures/dian/Consumidor_Final.xml"));
  const withKeys = extractUbl({ xml, technicalKey: (invoiceNumber) => findTechnicalKey({ invoiceNumber, setting: SETTING }) });
  expect(withKeys.cufeCheck?.status).toBe("verified");
  expect(extractUbl({ xml, technicalKey: () => null }).cufeCheck?.status).toBe("not-verifiable");
});
