/**
 * The form product names are stored and compared in: lower-case, no accents, decimal commas as points, units split
 * from their numbers ("500g" and "500 g" are the same words), punctuation other than a decimal point or a
 * fraction bar between digits turned into spaces, single-spaced.
 */
export const normalizeProductName = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/(\d),(?=\d)/g, "$1.")
    .replace(/[^a-z0-9./]+/g, " ")
    .replace(/(?<!\d)[./]|[./](?!\d)/g, " ")
    .replace(/(\d)(?=[a-z])/g, "$1 ")
    .replace(/([a-z])(?=\d)/g, "$1 ")
    .replace(/\s+/g, " ")
    .trim();

/** The distinct words of a normalized name, in order: what the catalog's word index and dictionary hold. */
export const tokenizeNormalizedName = (normalizedName: string): string[] => [
  ...new Set(normalizedName.split(" ").filter(Boolean)),
];
