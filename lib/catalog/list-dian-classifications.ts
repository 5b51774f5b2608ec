import { db } from "@/lib/db";
import { ZDianClassification, type TDianClassification } from "./schemas";

export type TDianClassificationWithId = TDianClassification & { id: number };

/** Every DIAN classification, by code: a few dozen rows that filters and match results label products with. */
export const listDianClassifications = async (): Promise<TDianClassificationWithId[]> => {
  const rows = await db.dianClassification.findMany({
    select: { id: true, code: true, name: true, eligibility: true, withholdingRateBps: true },
    orderBy: { code: "asc" },
  });
  return rows.map((row) => ({ id: row.id, ...ZDianClassification.parse(row) }));
};
