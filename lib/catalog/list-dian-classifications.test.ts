import { beforeAll, expect, test } from "vitest";
import { DIAN_CLASSIFICATIONS } from "@/lib/seed/dian-classifications";
import { seedDatabase } from "@/lib/seed/seed-database";
import { listDianClassifications } from "./list-dian-classifications";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 0 });
});

test("every seeded classification, in code order, with eligibility and rate", async () => {
  const classifications = await listDianClassifications();
  expect(classifications).toHaveLength(DIAN_CLASSIFICATIONS.length);
  const codes = classifications.map((classification) => classification.code);
  expect(codes).toEqual([...codes].sort());
  expect(classifications.find((classification) => classification.code === "0901.11")).toMatchObject({
    eligibility: "AGRO_NATURAL",
    withholdingRateBps: 150,
  });
});
