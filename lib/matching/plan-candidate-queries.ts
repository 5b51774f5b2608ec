import { MIN_RELIABLE_WEIGHT, type TTermGroup } from "./build-term-groups";

/** At most this many groups filter one line's candidates; the rest of the line only ranks them. */
export const MAX_FILTER_GROUPS = 4;
/** The rarest keys are added to the filter until about this few products are expected to match. */
const TARGET_EXPECTED_MATCHES = 50;
/** Above this many expected matches the word index costs more than the answer is worth. */
export const MAX_INDEXED_MATCHES = 40_000;
/** A vague query still gets about this many candidates from the sample. */
const SAMPLE_TARGET_MATCHES = 300;
const MIN_SAMPLE_PERCENT = 0.05;

/**
 * Candidates for one line: products holding a key of every `filter` group (a group lists the catalog keys one
 * query word, or one pair of adjacent query words, may stand for). When the filter finds nothing, each fallback
 * (the filter with one group swapped for the next rarest, or dropped) runs instead. `sample` marks a line too vague
 * for the index (a search for "arroz 500 g" has thousands of equally good answers): it reads a bounded, repeatable
 * sample of the table.
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
 * Picks the rarest reliable keys of a line (catalog word pairs first in practice: "espalda trapiche" is far rarer
 * than either word) until they are expected to single out a few dozen products. Few filter keys keep a misspelt
 * or extra word elsewhere in the line from hiding the product; ranking then weighs every word of the line. A word
 * already inside a chosen pair adds nothing and is skipped.
 */
export const planCandidateQueries = ({ wordGroups, pairGroups, catalogSize }: PlanCandidateQueriesOptions): TLinePlan | null => {
  const keys = [...pairGroups, ...wordGroups.filter(isReliable)].sort((left, right) => left.documentCount - right.documentCount);
  const pool = keys.length > 0 ? keys : [...wordGroups].sort((left, right) => left.documentCount - right.documentCount).slice(0, 1);
  if (pool.length === 0) return null;
  const chosen: TTermGroup[] = [];
  for (const group of pool) {
    if (chosen.length >= MAX_FILTER_GROUPS || expectedMatches(chosen, catalogSize) <= TARGET_EXPECTED_MATCHES) break;
    if (!overlaps(group, chosen)) chosen.push(group);
  }
  const toTerms = (selection: readonly TTermGroup[]) => selection.map((group) => [...group.terms.keys()]);
  const expected = expectedMatches(chosen, catalogSize);
  if (expected > MAX_INDEXED_MATCHES) {
    const percent = Math.min(100, Math.max(MIN_SAMPLE_PERCENT, (100 * SAMPLE_TARGET_MATCHES) / expected));
    return { filter: toTerms(chosen), fallbacks: [], sample: { percent } };
  }
  const fallbacks = chosen.flatMap((_, left) => {
    const kept = chosen.filter((__, index) => index !== left);
    const replacement = pool.find((group) => !chosen.includes(group) && !overlaps(group, kept));
    const swapped = replacement ? [...kept, replacement] : kept;
    return swapped.length > 0 && expectedMatches(swapped, catalogSize) <= MAX_INDEXED_MATCHES ? [toTerms(swapped)] : [];
  });
  return { filter: toTerms(chosen), fallbacks, sample: null };
};
