import { z } from "zod";
import { db } from "@/lib/db";
import { ZDianClassification, type TDianClassification } from "./schemas";

/** Every DIAN classification in code order: a few dozen rows, for the catalog filters. */
export const listDianClassifications = async (): Promise<TDianClassification[]> =>
  z.array(ZDianClassification).parse(
    await db.dianClassification.findMany({
      orderBy: { code: "asc" },
      select: { code: true, name: true, eligibility: true, withholdingRateBps: true },
    }),
  );
