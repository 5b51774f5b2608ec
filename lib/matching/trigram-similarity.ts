/** The trigrams of a text as pg_trgm forms them: each alphanumeric word padded with two spaces before, one after. */
export const toTrigrams = (text: string): Set<string> => {
  const trigrams = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = `  ${word} `;
    for (let index = 0; index + 3 <= padded.length; index += 1) trigrams.add(padded.slice(index, index + 3));
  }
  return trigrams;
};

/** pg_trgm's similarity(): shared trigrams over all distinct trigrams of both texts, in [0,1]. */
export const trigramSimilarity = (left: Set<string>, right: Set<string>): number => {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared += 1;
  return shared / (left.size + right.size - shared);
};
