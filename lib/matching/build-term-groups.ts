/** How a catalog word was found for a query word. */
export type TTermKind = "exact" | "prefix" | "fuzzy";

/** One catalog word offered for one query word by the dictionary lookup. */
export type TTermRow = { token: string; term: string; documentCount: number; similarity: number; kind: TTermKind };

/** A catalog pair of adjacent words ("espalda trapiche") that two adjacent query words reliably read as. */
export type TPairRow = { left: string; right: string; term: string; documentCount: number };

/** The catalog words that may stand for one query word, each with how much it is trusted (0–1). */
export type TTermGroup = {
  token: string;
  terms: Map<string, number>;
  /** Products holding any of the words (an upper bound: a product may hold two of them). */
  documentCount: number;
  /** Inverse document frequency: rare words identify a product, "kg" and "x" hardly do. */
  idf: number;
};

const MAX_TERMS_PER_TOKEN = 6;
const MIN_TERM_WEIGHT = 0.45;
/** Readings at least this trusted may filter candidates (exact words, long abbreviations); others only rank. */
export const MIN_RELIABLE_WEIGHT = 0.8;
const PREFIX_BASE_WEIGHT = 0.6;
const PREFIX_SPELLED_WEIGHT = 0.35;
/** The share of a word an abbreviation must spell to be a reliable reading (MIN_RELIABLE_WEIGHT for prefixes). */
export const MIN_RELIABLE_PREFIX_RATIO = (MIN_RELIABLE_WEIGHT - PREFIX_BASE_WEIGHT) / PREFIX_SPELLED_WEIGHT;

/**
 * Trust in a catalog word for a query word. An abbreviation ("perg" for "pergamino") is trusted by how much of the
 * word it spells; a misspelling by its trigram similarity, rescaled so that pg_trgm's 0.3 floor maps to 0.45.
 */
export const weighTerm = ({ token, term, similarity, kind }: Pick<TTermRow, "token" | "term" | "similarity" | "kind">) => {
  if (kind === "exact") return 1;
  if (kind === "prefix") return PREFIX_BASE_WEIGHT + PREFIX_SPELLED_WEIGHT * (token.length / term.length);
  return Math.min(0.95, 0.45 + 0.5 * ((similarity - 0.3) / 0.7));
};

export type BuildTermGroupsOptions = { tokens: readonly string[]; rows: readonly TTermRow[]; catalogSize: number };

/** Groups the dictionary's answers by query word; words the catalog does not know at all get no group. */
export const buildTermGroups = ({ tokens, rows, catalogSize }: BuildTermGroupsOptions): TTermGroup[] => {
  const size = Math.max(1, catalogSize);
  return tokens.flatMap((token) => {
    const candidates = rows
      .filter((row) => row.token === token)
      .map((row) => ({ ...row, weight: weighTerm(row) }))
      .filter((row) => row.weight >= MIN_TERM_WEIGHT)
      .sort((left, right) => right.weight - left.weight || right.documentCount - left.documentCount);
    const terms = new Map<string, number>();
    let documentCount = 0;
    for (const candidate of candidates) {
      if (terms.size >= MAX_TERMS_PER_TOKEN) break;
      if (terms.has(candidate.term)) continue;
      terms.set(candidate.term, candidate.weight);
      documentCount += candidate.documentCount;
    }
    if (terms.size === 0) return [];
    documentCount = Math.min(size, documentCount);
    return [{ token, terms, documentCount, idf: Math.log(1 + size / documentCount) }];
  });
};
