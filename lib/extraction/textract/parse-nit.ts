export type ParseNitOptions = {
  /** "900.373.115-3", "NIT: 900373115 - 3", "860512780". */
  text: string;
};

export type ParsedNit = {
  /** Digits only, without the check digit. */
  nit: string;
  dv: string | null;
};

/**
 * Splits a printed NIT into its number and check digit. Only a hyphen marks the check digit: "9003731153" stays
 * a 10-digit number with no DV, because guessing would turn a wrong NIT into a plausible one.
 */
export const parseNit = ({ text }: ParseNitOptions): ParsedNit | null => {
  const withDv = /(\d[\d.\s]*\d)\s*-\s*(\d)(?!\d)/.exec(text);
  if (withDv) {
    const nit = withDv[1]!.replace(/\D/g, "");
    return nit.length >= 6 && nit.length <= 12 ? { nit, dv: withDv[2]! } : null;
  }
  const digitsOnly = /\d[\d.]*\d/.exec(text);
  if (!digitsOnly) return null;
  const nit = digitsOnly[0].replace(/\D/g, "");
  return nit.length >= 6 && nit.length <= 12 ? { nit, dv: null } : null;
};
