import { db } from "@/lib/db";
import { DIAN_CLASSIFICATIONS } from "./dian-classifications";

export const seedClassifications = async (): Promise<number> => {
  for (const classification of DIAN_CLASSIFICATIONS) {
    await db.dianClassification.upsert({
      where: { code: classification.code },
      create: classification,
      update: {},
    });
  }
  return DIAN_CLASSIFICATIONS.length;
};
