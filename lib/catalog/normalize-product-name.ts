/** Lower-case, without accents or punctuation, single-spaced: the form names are compared in. */
export const normalizeProductName = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9.,/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
