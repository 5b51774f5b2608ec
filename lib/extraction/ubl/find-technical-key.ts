/**
 * The technical key of the numbering range an invoice number belongs to, from `DIAN_TECHNICAL_KEYS`
 * ("SETP=fc8e…,FE=…"). A range is identified by the number's prefix; the longest matching prefix wins, so a
 * range "FEA" is not mistaken for "FE".
 */
export const findTechnicalKey = ({ invoiceNumber, setting }: { invoiceNumber: string; setting: string }): string | null => {
  const ranges = setting
    .split(",")
    .map((entry) => entry.split("=").map((part) => part.trim()))
    .filter((parts): parts is [string, string] => parts.length === 2 && !!parts[0] && !!parts[1])
    .sort(([a], [b]) => b.length - a.length);
  return ranges.find(([prefix]) => invoiceNumber.startsWith(prefix))?.[1] ?? null;
};
