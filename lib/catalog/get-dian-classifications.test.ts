import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { DIAN_CLASSIFICATIONS } from "@/lib/seed/dian-classifications";
import { seedDatabase } from "@/lib/seed/seed-database";
import { getDianClassifications } from "./get-dian-classifications";

beforeAll(async () => {
  await seedDatabase({ demoPasswords: null, catalogSize: 0 });
});

const addClassification = (code: string) =>
  db.dianClassification.create({
    data: { code, name: `Clasificación de prueba ${code}`, eligibility: "AGRO_NATURAL", withholdingRateBps: 150 },
  });

test("the classifications are read once and kept while nothing new is asked for", async () => {
  const first = await getDianClassifications();
  expect(first).toHaveLength(DIAN_CLASSIFICATIONS.length);
  await addClassification("0714.90.11");
  expect(await getDianClassifications()).toBe(first);
  expect(await getDianClassifications({ ids: [first[0]!.id], codes: [first[1]!.code] })).toBe(first);
});

test("a code or id the copy does not hold reads the table again", async () => {
  const byCode = await getDianClassifications({ codes: ["0714.90.11"] });
  expect(byCode.map((entry) => entry.code)).toContain("0714.90.11");

  const added = await addClassification("0714.90.12");
  const byId = await getDianClassifications({ ids: [added.id] });
  expect(byId.find((entry) => entry.id === added.id)).toMatchObject({ code: "0714.90.12", eligibility: "AGRO_NATURAL" });
  expect(await getDianClassifications()).toBe(byId);
});
