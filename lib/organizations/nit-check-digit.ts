/** DIAN's weights for the NIT check digit, applied to the digits from the right. */
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

/** The DIAN check digit (DV) of a NIT given as digits only (up to 15), or null when the input is not a NIT. */
export const computeNitCheckDigit = (nit: string): string | null => {
  if (!/^\d{1,15}$/.test(nit)) return null;
  const digits = [...nit].reverse();
  const sum = digits.reduce((total, digit, index) => total + Number(digit) * (NIT_WEIGHTS[index] ?? 0), 0);
  const remainder = sum % 11;
  return String(remainder <= 1 ? remainder : 11 - remainder);
};

export const isValidNitCheckDigit = (nit: string, checkDigit: string): boolean =>
  computeNitCheckDigit(nit) === checkDigit.trim();
