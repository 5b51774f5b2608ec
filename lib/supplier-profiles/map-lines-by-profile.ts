import type { TSupplierProfile } from "./schemas";

export type MapLinesByProfileOptions = {
  lines: { lineNumber: number; sellerItemCode: string | null; standardItemCode: string | null }[];
  profile: Pick<TSupplierProfile, "lineProducts">;
};

/**
 * Pure: the catalog product a reviewer chose for each line's item code on this supplier's earlier invoices, by line
 * number. The supplier's own code is the surest key (a standard code may be shared by several products).
 */
export const mapLinesByProfile = ({ lines, profile }: MapLinesByProfileOptions): Map<number, string> => {
  const mapped = new Map<number, string>();
  for (const line of lines) {
    const seller = line.sellerItemCode?.trim();
    const standard = line.standardItemCode?.trim();
    const entry =
      profile.lineProducts.find((candidate) => candidate.codeKind === "seller" && candidate.code === seller) ??
      profile.lineProducts.find((candidate) => candidate.codeKind === "standard" && candidate.code === standard);
    if (entry) mapped.set(line.lineNumber, entry.productCode);
  }
  return mapped;
};
