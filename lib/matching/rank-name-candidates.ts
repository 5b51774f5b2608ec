import { tokenizeNormalizedName } from "@/lib/catalog/normalize-product-name";
import type { TTermGroup } from "./build-term-groups";
import { scoreNameCandidate } from "./score-name-candidate";
import { toTrigrams } from "./trigram-similarity";

type RankableCandidate = { code: string; normalizedName: string };

export type RankNameCandidatesOptions<T extends RankableCandidate> = {
  normalizedQuery: string;
  groups: readonly TTermGroup[];
  candidates: readonly T[];
  limit: number;
};

/**
 * Scores each distinct candidate and returns the best first; equal scores go to the shorter name (the more
 * generic product), then to the code, so the order never depends on how the database happened to return rows.
 */
export const rankNameCandidates = <T extends RankableCandidate>({
  normalizedQuery,
  groups,
  candidates,
  limit,
}: RankNameCandidatesOptions<T>): Array<T & { score: number }> => {
  const queryTrigrams = toTrigrams(normalizedQuery);
  const seen = new Set<string>();
  const scored: Array<T & { score: number }> = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.code)) continue;
    seen.add(candidate.code);
    const candidateWords = tokenizeNormalizedName(candidate.normalizedName);
    scored.push({ ...candidate, score: scoreNameCandidate({ groups, queryTrigrams, candidateWords }) });
  }
  return scored
    .sort(
      (left, right) =>
        right.score - left.score ||
        left.normalizedName.length - right.normalizedName.length ||
        left.code.localeCompare(right.code),
    )
    .slice(0, limit);
};
