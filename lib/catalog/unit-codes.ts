/**
 * UN/ECE Recommendation 20 unit codes accepted in the catalog (the subset DIAN invoices use for agro goods,
 * their packaging and farm supplies). A CSV row with any other unit is rejected as INVALID_UNIT.
 */
export const UNIT_CODES: ReadonlySet<string> = new Set([
  // mass
  "KGM", "GRM", "MGM", "TNE", "LBR", "ONZ",
  // volume
  "LTR", "MLT", "GLL", "MTQ", "CMQ", "BLL",
  // length and area
  "MTR", "CMT", "MTK", "HAR",
  // counts
  "NIU", "H87", "C62", "EA", "DZN", "PR", "SET", "HD", "TP",
  // packaging
  "BG", "BX", "PK", "SA", "CA", "CT", "BO", "JR", "TN", "DR", "CR", "BE", "RO", "PA", "BJ", "NT", "SO",
  // energy and time (services billed with goods)
  "KWH", "HUR", "DAY",
]);

export const isKnownUnitCode = (code: string): boolean => UNIT_CODES.has(code);
