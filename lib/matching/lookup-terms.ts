import { db } from "@/lib/db";
import type { TTermKind, TTermRow } from "./build-term-groups";

/** Catalog words offered for one query word, per kind; enough to hold the right word without flooding plans. */
const MAX_PREFIX_TERMS = 6;
const MAX_FUZZY_TERMS = 6;

type TermRecord = { token: string; term: string; documentCount: number; kind: TTermKind; similarity: number };

export type TLookupTermsResult = { rows: TTermRow[]; catalogSize: number };

/**
 * Looks every query word up in the catalog's word dictionary at once: the word itself, words it abbreviates
 * ("perg" → "pergamino") and words it misspells (trigram similarity). Numbers only match exactly: "50" is never a
 * typo for "500". Also returns the catalog's size (the planner's row estimate, free to read) for rarity weights.
 */
export const lookupTerms = async (tokens: readonly string[]): Promise<TLookupTermsResult> => {
  const distinctTokens = [...new Set(tokens)];
  if (distinctTokens.length === 0) return { rows: [], catalogSize: 0 };
  const [rows, sizes] = await Promise.all([
    db.$queryRaw<TermRecord[]>`
      SELECT q.token, t.term, t."documentCount", t.kind, similarity(t.term, q.token)::float8 AS similarity
      FROM unnest(${distinctTokens}::text[]) AS q(token)
      CROSS JOIN LATERAL (
        SELECT term, "documentCount", 'exact' AS kind FROM "CatalogTerm" WHERE term = q.token
        UNION ALL
        (SELECT term, "documentCount", 'prefix' FROM "CatalogTerm"
          WHERE length(q.token) >= 3 AND q.token !~ '^[0-9./]+$' AND term LIKE q.token || '%' AND term <> q.token
          ORDER BY "documentCount" DESC LIMIT ${MAX_PREFIX_TERMS})
        UNION ALL
        (SELECT term, "documentCount", 'fuzzy' FROM "CatalogTerm"
          WHERE length(q.token) >= 4 AND q.token !~ '^[0-9./]+$' AND term % q.token AND term NOT LIKE q.token || '%'
          ORDER BY similarity(term, q.token) DESC, "documentCount" DESC LIMIT ${MAX_FUZZY_TERMS})
      ) AS t`,
    db.$queryRaw<{ estimate: number; largestTerm: number | null }[]>`
      SELECT (SELECT reltuples FROM pg_class WHERE oid = '"Product"'::regclass)::float8 AS estimate,
             (SELECT max("documentCount") FROM "CatalogTerm")::float8 AS "largestTerm"`,
  ]);
  const [size] = sizes;
  // reltuples is -1 before the first ANALYZE; the most common word's count is then the best cheap lower bound.
  const catalogSize = Math.max(size?.estimate ?? 0, size?.largestTerm ?? 0, 1);
  return { rows, catalogSize };
};
