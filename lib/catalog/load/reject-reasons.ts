/** Stable reason codes of the rejects file and the load summary (docs/catalog-loading.md explains each). */
export const REJECT_REASONS = [
  "MALFORMED_ROW",
  "MISSING_FIELD",
  "FIELD_TOO_LONG",
  "INVALID_GTIN",
  "INVALID_UNSPSC",
  "INVALID_ACTIVE",
  "UNKNOWN_CLASSIFICATION",
  "INVALID_UNIT",
  "DUPLICATE_CODE",
] as const;

export type RejectReason = (typeof REJECT_REASONS)[number];
