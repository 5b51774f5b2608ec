import type { TPairRow, TTermGroup } from "./build-term-groups";

export type BuildPairGroupsOptions = {
  adjacentPairs: ReadonlyArray<readonly [string, string]>;
  pairs: readonly TPairRow[];
  catalogSize: number;
};

/**
 * One filter group per pair of adjacent query words that the catalog knows as a pair: its catalog pairs, with their
 * product counts. Pairs only filter candidates (ranking weighs the words), so each reading is fully trusted.
 */
export const buildPairGroups = ({ adjacentPairs, pairs, catalogSize }: BuildPairGroupsOptions): TTermGroup[] => {
  const size = Math.max(1, catalogSize);
  return adjacentPairs.flatMap(([left, right]) => {
    const readings = pairs.filter((pair) => pair.left === left && pair.right === right);
    if (readings.length === 0) return [];
    const documentCount = Math.min(size, readings.reduce((total, pair) => total + pair.documentCount, 0));
    return [
      {
        token: `${left} ${right}`,
        terms: new Map(readings.map((pair) => [pair.term, 1])),
        documentCount,
        idf: Math.log(1 + size / documentCount),
      },
    ];
  });
};
