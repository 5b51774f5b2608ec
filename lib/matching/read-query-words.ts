import { normalizeProductName, tokenizeNormalizedName } from "@/lib/catalog/normalize-product-name";

export type TQueryWords = {
  normalizedQuery: string;
  /** Distinct words, in order. */
  tokens: string[];
  /** Each pair of adjacent words, in order, once. */
  adjacentPairs: Array<[string, string]>;
};

/** A line or search text as the matcher reads it: normalized, its distinct words and its adjacent word pairs. */
export const readQueryWords = (text: string): TQueryWords => {
  const normalizedQuery = normalizeProductName(text);
  const sequence = normalizedQuery.split(" ").filter(Boolean);
  const seen = new Set<string>();
  const adjacentPairs: Array<[string, string]> = [];
  for (let index = 0; index + 1 < sequence.length; index += 1) {
    const pair: [string, string] = [sequence[index] as string, sequence[index + 1] as string];
    const key = pair.join(" ");
    if (!seen.has(key)) adjacentPairs.push(pair);
    seen.add(key);
  }
  return { normalizedQuery, tokens: tokenizeNormalizedName(normalizedQuery), adjacentPairs };
};
