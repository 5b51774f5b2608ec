import type { TTermGroup } from "./build-term-groups";
import { toTrigrams, trigramSimilarity } from "./trigram-similarity";

/** How much each signal counts; tuned on the golden set (docs/catalog-search.md). */
export const NAME_SCORE_WEIGHTS = { coverage: 0.55, precision: 0.25, trigram: 0.2 } as const;

export type ScoreNameCandidateOptions = {
  groups: readonly TTermGroup[];
  queryTrigrams: Set<string>;
  candidateWords: readonly string[];
};

/**
 * Score in [0,1] of a catalog name for a query: how much of the query's information (rarity-weighted) the name
 * holds, how much of the name the query explains (a longer name with words the line never mentions is a worse
 * answer), and character trigram similarity, which rewards what word matching misses (word order aside).
 */
export const scoreNameCandidate = ({ groups, queryTrigrams, candidateWords }: ScoreNameCandidateOptions): number => {
  if (groups.length === 0 || candidateWords.length === 0) return 0;
  const words = new Set(candidateWords);
  const explained = new Set<string>();
  let covered = 0;
  let information = 0;
  for (const group of groups) {
    information += group.idf;
    let best = 0;
    for (const [term, weight] of group.terms) {
      if (weight > best && words.has(term)) {
        best = weight;
        explained.add(term);
      }
    }
    covered += group.idf * best;
  }
  const coverage = information > 0 ? covered / information : 0;
  const precision = explained.size / words.size;
  const trigram = trigramSimilarity(queryTrigrams, toTrigrams(candidateWords.join(" ")));
  const score =
    NAME_SCORE_WEIGHTS.coverage * coverage + NAME_SCORE_WEIGHTS.precision * precision + NAME_SCORE_WEIGHTS.trigram * trigram;
  return Math.min(1, Math.max(0, score));
};
