/** A 0..1 ratio as a percentage with one decimal, es-CO: 0.3333 → "33,3 %". */
export const formatPercent = (ratio: number): string => `${(ratio * 100).toFixed(1).replace(".", ",")} %`;
