import { db } from "@/lib/db";
import { MIN_RELIABLE_PREFIX_RATIO, type TPairRow, type TTermRow } from "./build-term-groups";

/** Catalog words offered for one query word, per kind; enough to hold the right word without flooding plans. */
const MAX_PREFIX_TERMS = 6;
const MAX_FUZZY_TERMS = 6;

export type TLookupTermsResult = { rows: TTermRow[]; pairs: TPairRow[]; catalogSize: number };

export type LookupTermsOptions = {
  tokens: readonly string[];
  /** Adjacent query words, [left, right]: the pairs of their reliable readings that the catalog holds come back. */
  adjacentPairs: ReadonlyArray<readonly [string, string]>;
};

/**
 * Looks every query word up in the catalog dictionary at once: the word itself, words it abbreviates
 * ("perg" → "pergamino") and words it misspells (trigram similarity; numbers only match exactly: "50" is never a
 * typo for "500"). In the same statement, each pair of adjacent query words is read as the catalog pairs its
 * reliable readings form. Also returns the catalog's size (the planner's row estimate, free to read), all in one
 * statement: a search holds a pooled connection for as few round trips as possible.
 */
export const lookupTerms = async ({ tokens, adjacentPairs }: LookupTermsOptions): Promise<TLookupTermsResult> => {
  const distinctTokens = [...new Set(tokens)];
  if (distinctTokens.length === 0) return { rows: [], pairs: [], catalogSize: 0 };
  const lefts = adjacentPairs.map(([left]) => left);
  const rights = adjacentPairs.map(([, right]) => right);
  type Record = { row: "word" | "pair" | "size"; token: string; rightToken: string | null; term: string; documentCount: number; kind: TTermRow["kind"]; similarity: number };
  const records = await db.$queryRaw<Record[]>`
    WITH words AS MATERIALIZED (
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
      ) AS t
    ),
    reliable AS (
      SELECT token, term FROM words
      WHERE kind = 'exact' OR (kind = 'prefix' AND length(token)::float8 / length(term) >= ${MIN_RELIABLE_PREFIX_RATIO})
    )
    SELECT 'word' AS "row", token, NULL AS "rightToken", term, "documentCount", kind, similarity FROM words
    UNION ALL
    SELECT 'pair', q.left_token, q.right_token, p.pair, p."documentCount", 'exact', 1
    FROM unnest(${lefts}::text[], ${rights}::text[]) AS q(left_token, right_token)
    JOIN reliable l ON l.token = q.left_token
    JOIN reliable r ON r.token = q.right_token
    JOIN "CatalogPair" p ON p.pair = l.term || ' ' || r.term
    UNION ALL
    -- reltuples is -1 before the first ANALYZE; the most common key's count is then the best cheap lower bound.
    SELECT 'size', '', NULL, '', GREATEST(
      (SELECT reltuples FROM pg_class WHERE oid = '"Product"'::regclass)::float8,
      (SELECT max("documentCount") FROM "CatalogTerm")::float8,
      1), 'exact', 1`;
  const catalogSize = records.find((record) => record.row === "size")?.documentCount ?? 1;
  return {
    rows: records
      .filter((record) => record.row === "word")
      .map(({ token, term, documentCount, kind, similarity }) => ({ token, term, documentCount, kind, similarity })),
    pairs: records
      .filter((record) => record.row === "pair")
      .map(({ token, rightToken, term, documentCount }) => ({ left: token, right: rightToken ?? "", term, documentCount })),
    catalogSize,
  };
};
