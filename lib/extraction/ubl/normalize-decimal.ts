export type NormalizeDecimalOptions = { raw: string | null };
export type TNormalizedDecimal = { value: string | null; changed: boolean };

/**
 * Keeps a UBL amount exactly as written ("0" stays "0", "1.000000" stays "1.000000"). Only unambiguous slips
 * are repaired: surrounding spaces, a leading '+', a bare leading or trailing '.', and a single decimal comma
 * with no dot ("12600,06"). Anything else (thousands separators, letters) is not guessed: the value is null.
 */
export const normalizeDecimal = ({ raw }: NormalizeDecimalOptions): TNormalizedDecimal => {
  if (raw === null) return { value: null, changed: false };
  const trimmed = raw.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return { value: trimmed, changed: trimmed !== raw };
  let candidate = trimmed.replace(/^\+/, "");
  if (/^-?\d+,\d+$/.test(candidate)) candidate = candidate.replace(",", ".");
  candidate = candidate.replace(/^(-?)\./, "$10.").replace(/\.$/, "");
  return /^-?\d+(\.\d+)?$/.test(candidate) ? { value: candidate, changed: true } : { value: null, changed: false };
};
