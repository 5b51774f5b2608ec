import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** More suppliers than this for one search is a search too broad to mean one supplier. */
export const MAX_SUPPLIER_MATCHES = 500;

export type FindSupplierIdsOptions = { search: string };

/**
 * Resolves the inbox's supplier search to organization ids before the invoices are filtered: organizations are
 * few next to invoices, so this lookup (trigram indexes on the name and the NIT) is cheap,
 * and the invoice query then filters by an id list. Digits (dots, spaces and a "-DV" allowed) are a NIT prefix;
 * anything else is part of the name.
 */
export const findSupplierIds = async ({ search }: FindSupplierIdsOptions): Promise<string[]> => {
  const text = search.trim();
  const nit = /^[\d.\s]+(-\d)?$/.test(text) ? text.replace(/-\d$/, "").replace(/[.\s]/g, "") : null;
  const rows = await db.organization.findMany({
    where: nit ? { nit: { startsWith: nit } } : { name: { contains: text, mode: "insensitive" } },
    select: { id: true },
    take: MAX_SUPPLIER_MATCHES + 1,
  });
  if (rows.length > MAX_SUPPLIER_MATCHES) {
    throw new AppError("INVALID_INPUT", {
      message: `Más de ${MAX_SUPPLIER_MATCHES} proveedores coinciden con «${text}». Escriba más del nombre o del NIT.`,
    });
  }
  return rows.map((row) => row.id);
};
