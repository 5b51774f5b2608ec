import Decimal from "decimal.js";

export type AllocateByLargestRemainderOptions = {
  /** Whole pesos to split. */
  total: Decimal;
  /** Non-negative weights, one per share; all zero → equal weights. */
  weights: readonly Decimal[];
};

/**
 * Splits whole pesos into whole-peso shares proportional to the weights whose sum is exactly the total: each
 * share gets the floor of its exact part, and the pesos left go to the largest fractional remainders (ties to the
 * earlier share, so the split is deterministic).
 */
export const allocateByLargestRemainder = ({ total, weights }: AllocateByLargestRemainderOptions): Decimal[] => {
  if (weights.length === 0) return [];
  const weightSum = weights.reduce((sum, weight) => sum.plus(weight), new Decimal(0));
  const effectiveWeights = weightSum.isZero() ? weights.map(() => new Decimal(1)) : weights;
  const effectiveSum = weightSum.isZero() ? new Decimal(weights.length) : weightSum;
  const exactShares = effectiveWeights.map((weight) => total.times(weight).dividedBy(effectiveSum));
  const shares = exactShares.map((share) => share.floor());
  const leftover = total.minus(shares.reduce((sum, share) => sum.plus(share), new Decimal(0))).toNumber();
  const byRemainder = exactShares
    .map((share, index) => ({ index, remainder: share.minus(share.floor()) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (let rank = 0; rank < leftover; rank += 1) {
    const { index } = byRemainder[rank % byRemainder.length]!;
    shares[index] = shares[index]!.plus(1);
  }
  return shares;
};
