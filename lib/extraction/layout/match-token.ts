export type MatchTokenOptions = { word: string; token: string };

const distanceAtMost = (a: string, b: string, limit: number): boolean => {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return (previous[b.length] ?? limit + 1) <= limit;
};

/**
 * Compares a normalized word with a label token: exact, or within one edit (two for words of nine letters or more)
 * so that OCR slips ("Fecba", "emislón") still find their label. Short tokens must match exactly: "no" and "nit"
 * are one edit away from too many other words.
 */
export const matchToken = ({ word, token }: MatchTokenOptions): "exact" | "fuzzy" | null => {
  if (word === token) return "exact";
  if (token.length >= 5 && distanceAtMost(word, token, token.length >= 9 ? 2 : 1)) return "fuzzy";
  return null;
};
