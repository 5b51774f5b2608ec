import { z } from "zod";
import { buildPairGroups } from "@/lib/matching/build-pair-groups";
import { buildTermGroups } from "@/lib/matching/build-term-groups";
import { fetchNameCandidates } from "@/lib/matching/fetch-name-candidates";
import { findExactProducts } from "@/lib/matching/find-exact-products";
import { lookupTerms } from "@/lib/matching/lookup-terms";
import { planCandidateQueries } from "@/lib/matching/plan-candidate-queries";
import { rankNameCandidates } from "@/lib/matching/rank-name-candidates";
import { readQueryWords } from "@/lib/matching/read-query-words";
import { isValidGtin13 } from "./gtin";
import { getDianClassifications } from "./get-dian-classifications";
import { decodePageCursor, encodePageCursor } from "./page-cursor";
import { ZProductSearchPage, type TProductSearchPage, type TProductSearchQuery } from "./schemas";

/** Ranked answers a text query can page through; past these, the query needs more words, not more pages. */
const MAX_RANKED_RESULTS = 100;

const ZOffsetCursor = z.object({ offset: z.number().int().min(0).max(MAX_RANKED_RESULTS) });

export type FindProductsByTextOptions = TProductSearchQuery & { q: string };

/**
 * Text search over the catalog: a code or GTIN typed whole comes first, then names ranked by the matcher's
 * scoring (typos, abbreviations, missing accents and word order tolerated), filtered by classification and
 * eligibility, paged by an opaque offset cursor.
 */
export const findProductsByText = async ({
  q,
  classification,
  eligibility,
  limit,
  cursor,
}: FindProductsByTextOptions): Promise<TProductSearchPage> => {
  const offset = cursor ? decodePageCursor(ZOffsetCursor, cursor).offset : 0;
  const { normalizedQuery, tokens, adjacentPairs } = readQueryWords(q);
  const typed = q.trim();
  const [classifications, exact, terms] = await Promise.all([
    getDianClassifications({ codes: classification === undefined ? [] : [classification] }),
    findExactProducts({ codes: [typed], gtins: isValidGtin13(typed) ? [typed] : [] }),
    lookupTerms({ tokens, adjacentPairs }),
  ]);
  const allowed = classifications.filter(
    (entry) =>
      (classification === undefined || entry.code === classification) &&
      (eligibility === undefined || entry.eligibility === eligibility),
  );
  const allowedIds = new Set(allowed.map((entry) => entry.id));
  const filtered = classification !== undefined || eligibility !== undefined;

  const groups = buildTermGroups({ tokens, rows: terms.rows, catalogSize: terms.catalogSize });
  const pairGroups = buildPairGroups({ adjacentPairs, pairs: terms.pairs, catalogSize: terms.catalogSize });
  const plan =
    allowed.length > 0 ? planCandidateQueries({ wordGroups: groups, pairGroups, catalogSize: terms.catalogSize }) : null;
  const candidates = plan
    ? await fetchNameCandidates({ requests: [{ line: 0, plan }], classificationIds: filtered ? [...allowedIds] : undefined })
    : [];
  const ranked = [
    ...exact.filter((product) => !filtered || allowedIds.has(product.classificationId)).map((product) => ({ ...product, score: 1 })),
    ...rankNameCandidates({ normalizedQuery, groups, candidates, limit: MAX_RANKED_RESULTS }),
  ].filter((product, index, all) => all.findIndex((other) => other.code === product.code) === index);

  const page = ranked.slice(offset, offset + limit);
  const labels = await getDianClassifications({ ids: page.map((product) => product.classificationId) });
  const byId = new Map(labels.map((entry) => [entry.id, entry]));
  return ZProductSearchPage.parse({
    items: page.map((product) => {
      const productClassification = byId.get(product.classificationId);
      if (!productClassification) throw new Error(`Product ${product.code} has an unknown classification`);
      return {
        code: product.code,
        name: product.name,
        gtin: product.gtin,
        category: product.category,
        unitCode: product.unitCode,
        classificationCode: productClassification.code,
        classificationName: productClassification.name,
        eligibility: productClassification.eligibility,
        score: Math.round(product.score * 10_000) / 10_000,
      };
    }),
    nextCursor:
      offset + limit < Math.min(ranked.length, MAX_RANKED_RESULTS) ? encodePageCursor({ offset: offset + limit }) : null,
  });
};
