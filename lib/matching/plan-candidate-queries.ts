import { MIN_RELIABLE_WEIGHT, type TTermGroup } from "./build-term-groups";

/** At most this many groups, the rarest, filter one line's candidates; the rest of the line only ranks them. */
export const MAX_FILTER_GROUPS = 6;
/** A line with fewer reliable word pairs than this also filters by its rarest reliable words. */
const MIN_FILTER_GROUPS = 3;
/**
 * Keys held by more than this share of the catalog ("del valle", "organica") never filter: reading their posting
 * lists costs more than it narrows (about a millisecond per 100,000 entries), and they would make a line's cost grow
 * with the catalog. They still count in ranking.
 */
const MAX_FILTER_KEY_SHARE = 0.02;
/**
 * A key held by at most this many products always filters, whatever its share: its posting list costs about
 * 0.2 ms. Without it a catalog of a few thousand products found most words vague and scanned the whole table (a
 * "sample" of 100 %) on a third of its searches, 3–5 ms each instead of 0.2 ms through the index.
 */
const CHEAP_KEY_DOCUMENTS = 20_000;
/** Above this many expected matches the index costs more than the answer is worth. */
export const MAX_INDEXED_MATCHES = 40_000;
/** A vague line reads a sample of about this many products, whatever the catalog's size: its cost is bounded. */
const SAMPLE_ROWS = 20_000;

/**
 * Candidates for one line: products holding a key of every `filter` group (a group lists the catalog keys one
 * query word, or one pair of adjacent query words, may stand for). When the filter finds nothing, each fallback
 * (the filter less one group) runs instead. `sample` marks a line too vague for the index (a search for "arroz 500 g"
 * has thousands of equally good answers): its filter holds words only, checked on a bounded, repeatable sample of
 * the table.
 */
export type TLinePlan = { filter: string[][]; fallbacks: string[][][]; sample: { percent: number } | null };

/** Fallbacks run only for lines whose filter found fewer candidates than this. */
export const MIN_PRIMARY_CANDIDATES = 1;

const expectedMatches = (groups: readonly TTermGroup[], catalogSize: number) =>
  groups.reduce((expected, group) => (expected * group.documentCount) / Math.max(1, catalogSize), catalogSize);

const isReliable = (group: TTermGroup) => Math.max(...group.terms.values()) >= MIN_RELIABLE_WEIGHT;
/** A word inside a chosen pair narrows nothing further (every product with the pair has the word). */
const overlaps = (group: TTermGroup, chosen: readonly TTermGroup[]) =>
  !group.token.includes(" ") && chosen.some((other) => other.token.split(" ").includes(group.token));

export type PlanCandidateQueriesOptions = {
  wordGroups: readonly TTermGroup[];
  pairGroups: readonly TTermGroup[];
  catalogSize: number;
};

/**
 * Filters by the catalog word pairs the line reliably spells ("espalda trapiche"): a pair exists only where two
 * words sit side by side in a catalog name, so misspelt, abbreviated, extra or reordered words simply form no
 * pair and cannot hide the product, while the pairs that do form are rare enough to single it out. A line with
 * few pairs adds its rarest reliable words (skipping those inside a chosen pair). Each fallback leaves one key out.
 */
export const planCandidateQueries = ({ wordGroups, pairGroups, catalogSize }: PlanCandidateQueriesOptions): TLinePlan | null => {
  const byRarity = (groups: readonly TTermGroup[]) => [...groups].sort((left, right) => left.documentCount - right.documentCount);
  const selective = (group: TTermGroup) =>
    group.documentCount <= Math.max(MAX_FILTER_KEY_SHARE * catalogSize, CHEAP_KEY_DOCUMENTS);
  const reliableWords = wordGroups.filter(isReliable);
  const chosen = byRarity(pairGroups.filter(selective)).slice(0, MAX_FILTER_GROUPS);
  for (const group of byRarity(reliableWords.filter(selective))) {
    if (chosen.length >= MIN_FILTER_GROUPS) break;
    if (!overlaps(group, chosen)) chosen.push(group);
  }
  // An exact word filters alone: its abbreviation-like readings ("llano" → "llanomar") only widen the scan; a
  // guessed spelling (only on a sample) keeps every reading.
  const toTerms = (selection: readonly TTermGroup[]) =>
    selection.map((group) => {
      const best = Math.max(...group.terms.values());
      const floor = best === 1 ? 1 : best >= MIN_RELIABLE_WEIGHT ? MIN_RELIABLE_WEIGHT : 0;
      return [...group.terms].filter(([, weight]) => weight >= floor).map(([term]) => term);
    });
  if (chosen.length > 0 && expectedMatches(chosen, catalogSize) <= MAX_INDEXED_MATCHES) {
    const fallbacks = chosen.flatMap((_, left) => {
      const kept = chosen.filter((__, index) => index !== left);
      return kept.length > 0 && expectedMatches(kept, catalogSize) <= MAX_INDEXED_MATCHES ? [toTerms(kept)] : [];
    });
    return { filter: toTerms(chosen), fallbacks, sample: null };
  }
  // A vague line: its rarest words bound a table sample of fixed size instead of the index.
  const words = byRarity(reliableWords.length > 0 ? reliableWords : wordGroups).slice(0, MIN_FILTER_GROUPS);
  if (words.length === 0) return null;
  return { filter: toTerms(words), fallbacks: [], sample: { percent: Math.min(100, (100 * SAMPLE_ROWS) / Math.max(1, catalogSize)) } };
};
