/**
 * A code as a person typed or scanned it, in the stored form: upper case, Crockford's look-alikes mapped
 * (I, L → 1; O → 0), separators ignored and the groups of four restored. Null when it cannot be a code.
 */
export const normalizeVerificationCode = (input: string): string | null => {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  if (!/^[0-9A-HJKMNP-TV-Z]{20}$/.test(compact)) return null;
  return compact.match(/.{4}/g)!.join("-");
};
