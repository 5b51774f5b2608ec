/** A rate in basis points as a Colombian percentage: 30 → "0,30 %". */
export const formatBasisPoints = (basisPoints: number): string =>
  `${(basisPoints / 100).toFixed(2).replace(".", ",")} %`;
