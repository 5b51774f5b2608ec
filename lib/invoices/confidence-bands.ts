/**
 * The inbox's confidence bands, over an invoice's confidence (its weakest required field, 0..1): alta ≥ 0.90,
 * media 0.70 to under 0.90, baja under 0.70. Bounds are decimal strings, compared exactly by PostgreSQL.
 */
export const CONFIDENCE_BANDS = {
  alta: { label: "Alta (≥ 0,90)", min: "0.9", below: null },
  media: { label: "Media (0,70 – 0,89)", min: "0.7", below: "0.9" },
  baja: { label: "Baja (< 0,70)", min: null, below: "0.7" },
} as const satisfies Record<string, { label: string; min: string | null; below: string | null }>;

export type TConfidenceBand = keyof typeof CONFIDENCE_BANDS;

/** The band a confidence falls in, for the list's chip. */
export const confidenceBandOf = (confidence: string): TConfidenceBand => {
  const value = Number(confidence);
  if (value >= Number(CONFIDENCE_BANDS.alta.min)) return "alta";
  return value >= Number(CONFIDENCE_BANDS.media.min) ? "media" : "baja";
};
