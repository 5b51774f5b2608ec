import { z } from "zod";
import { db } from "@/lib/db";

export const ZStatementOrganization = z.object({ id: z.uuid(), name: z.string(), nit: z.string(), dv: z.string() });
export type TStatementOrganization = z.infer<typeof ZStatementOrganization>;

/** The organizations a statement can be asked for: customers of at least one registered invoice, by name. */
export const listStatementOrganizations = async (): Promise<TStatementOrganization[]> => {
  const rows = await db.$queryRaw<TStatementOrganization[]>`
    SELECT o.id::text AS id, o.name, o.nit, o.dv
    FROM "Organization" o
    WHERE EXISTS (SELECT 1 FROM "Commission" c WHERE c."customerId" = o.id)
    ORDER BY o.name
    LIMIT 20000`;
  return z.array(ZStatementOrganization).parse(rows);
};
