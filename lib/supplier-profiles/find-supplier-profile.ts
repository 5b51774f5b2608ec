import { db, type DbTransaction } from "@/lib/db";
import { ZSupplierProfile, type TSupplierProfile } from "./schemas";

export type FindSupplierProfileOptions = { nit: string; tx?: DbTransaction };

/** The supplier's profile by NIT, its JSON parts parsed; null for a supplier no review has taught anything yet. */
export const findSupplierProfile = async ({ nit, tx = db }: FindSupplierProfileOptions): Promise<TSupplierProfile | null> => {
  const row = await tx.supplierProfile.findUnique({
    where: { nit },
    select: { nit: true, supplierName: true, fields: true, lineProducts: true, invoicesLearned: true, correctionsLearned: true },
  });
  return row ? ZSupplierProfile.parse(row) : null;
};
