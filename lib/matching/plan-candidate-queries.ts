import type { TTermGroup } from "./build-term-groups";

/** Up to this many word groups, the rarest, filter the candidates of one line; the rest only rank them. */
export const MAX_FILTER_GROUPS = 8;
/** Above this many expected matches the word index costs more than the answer is worth. */
export const MAX_INDEXED_MATCHES = 40_000;
/** Only words the line almost surely means filter: exact words and long abbreviations, not guessed spellings. */
const MIN_FILTER_WEIGHT = 0.8;
/** A vague query still gets about this many candidates from the sample. */
const SAMPLE_TARGET_MATCHES = 300;
const MIN_SAMPLE_PERCENT = 0.05;

/**
 * Candidates for one line: products holding a word of every `filter` group. When the filter finds nothing, each
 * fallback (the filter less one group) runs instead. `sample` marks a line too vague for the word index (a search for "arroz 500 g" has
 * thousands of equally good answers): it reads a bounded, repeatable sample of the table instead.
 */
export type TLinePlan = { filter: string[][]; fallbacks: string[][][]; sample: { percent: number } | null };

/** A filter holding every reliable word of the line that still finds a product has found the right ones. */
export const MIN_PRIMARY_CANDIDATES = 1;

const expectedMatches = (groups: readonly TTermGroup[], catalogSize: number) =>
  groups.reduce((expected, group) => (expected * group.documentCount) / Math.max(1, catalogSize), catalogSize);

const isReliable = (group: TTermGroup) => Math.max(...group.terms.values()) >= MIN_FILTER_WEIGHT;

export type PlanCandidateQueriesOptions = { groups: readonly TTermGroup[]; catalogSize: number };

/**
 * Filters by every reliable word of a line (in a catalog built from a small, repeated vocabulary, a product is
 * singled out only by the combination of its words, and the word index intersects them cheaply). A misspelt word
 * never filters; one extra or wrong word is handled by the fallbacks, which each leave one word out.
 */
export const planCandidateQueries = ({ groups, catalogSize }: PlanCandidateQueriesOptions): TLinePlan | null => {
  const byRarity = [...groups].sort((left, right) => left.documentCount - right.documentCount);
  const reliable = byRarity.filter(isReliable);
  const pool = reliable.length > 0 ? reliable : byRarity.slice(0, 1);
  if (pool.length === 0) return null;
  const chosen = pool.slice(0, MAX_FILTER_GROUPS);
  const toTerms = (selection: readonly TTermGroup[]) => selection.map((group) => [...group.terms.keys()]);
  const expected = expectedMatches(chosen, catalogSize);
  if (expected > MAX_INDEXED_MATCHES) {
    const percent = Math.min(100, Math.max(MIN_SAMPLE_PERCENT, (100 * SAMPLE_TARGET_MATCHES) / expected));
    return { filter: toTerms(chosen), fallbacks: [], sample: { percent } };
  }
  const fallbacks = chosen.flatMap((_, left) => {
    const kept = chosen.filter((__, index) => index !== left);
    return kept.length > 0 && expectedMatches(kept, catalogSize) <= MAX_INDEXED_MATCHES ? [toTerms(kept)] : [];
  });
  return { filter: toTerms(chosen), fallbacks, sample: null };
};
