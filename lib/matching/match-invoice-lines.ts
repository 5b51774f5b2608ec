import { isValidGtin13 } from "@/lib/catalog/gtin";
import { getDianClassifications } from "@/lib/catalog/get-dian-classifications";
import type { TDianClassificationWithId } from "@/lib/catalog/list-dian-classifications";
import { buildPairGroups } from "./build-pair-groups";
import { buildTermGroups, type TTermGroup } from "./build-term-groups";
import { classifyMatch } from "./classify-match";
import { fetchNameCandidates, type TCandidateRequest } from "./fetch-name-candidates";
import { findExactProducts, type TExactProductRow } from "./find-exact-products";
import { lookupTerms } from "./lookup-terms";
import { planCandidateQueries } from "./plan-candidate-queries";
import { rankNameCandidates } from "./rank-name-candidates";
import { readQueryWords } from "./read-query-words";
import {
  ZMatchLinesResult,
  type TMatchCandidate,
  type TMatchLineInput,
  type TMatchLinesRequest,
  type TMatchLinesResult,
  type TMatchType,
} from "./schemas";

const MAX_CANDIDATES = 5;

/** A GTIN printed as GTIN-14 with a leading zero, or with spaces, is still the GTIN-13 the catalog holds. */
const toGtin13 = (code: string | undefined): string | null => {
  const digits = code?.replace(/\s+/g, "") ?? "";
  const gtin = digits.length === 14 && digits.startsWith("0") ? digits.slice(1) : digits;
  return isValidGtin13(gtin) ? gtin : null;
};

type ProductRow = { code: string; name: string; classificationId: number; unitCode: string };

const toCandidate = (
  product: ProductRow,
  score: number,
  matchType: TMatchType,
  classifications: ReadonlyMap<number, TDianClassificationWithId>,
): TMatchCandidate => {
  const classification = classifications.get(product.classificationId);
  if (!classification) throw new Error(`Product ${product.code} has an unknown classification`);
  return {
    code: product.code,
    name: product.name,
    score: Math.round(score * 10_000) / 10_000,
    matchType,
    classificationCode: classification.code,
    classificationName: classification.name,
    eligibility: classification.eligibility,
    unitCode: product.unitCode,
  };
};

const findExactMatch = (line: TMatchLineInput, exact: readonly TExactProductRow[]) => {
  for (const code of [line.sellerItemCode, line.standardItemCode]) {
    const product = code ? exact.find((row) => row.code === code) : undefined;
    if (product) return { product, matchType: "code" as const };
  }
  for (const code of [line.standardItemCode, line.sellerItemCode]) {
    const gtin = toGtin13(code);
    const product = gtin ? exact.find((row) => row.gtin === gtin) : undefined;
    if (product) return { product, matchType: "gtin" as const };
  }
  return null;
};

/**
 * Finds each invoice line in the catalog: by catalog code, then GTIN, then by name. The whole invoice costs two
 * database round trips: codes, GTINs and every word of every line are looked up together, then the name
 * candidates of all lines come back from one statement.
 */
export const matchInvoiceLines = async ({ lines }: TMatchLinesRequest): Promise<TMatchLinesResult> => {
  const prepared = lines.map((line) => ({ line, ...readQueryWords(line.description) }));
  const codes = lines.flatMap((line) => [line.sellerItemCode, line.standardItemCode].filter((code) => code !== undefined));
  const gtins = codes.map(toGtin13).filter((gtin) => gtin !== null);
  const [exact, terms] = await Promise.all([
    findExactProducts({ codes, gtins }),
    lookupTerms({
      tokens: prepared.flatMap(({ tokens }) => tokens),
      adjacentPairs: prepared.flatMap(({ adjacentPairs }) => adjacentPairs),
    }),
  ]);

  const exactMatches = new Map(prepared.map(({ line }) => [line.lineNumber, findExactMatch(line, exact)]));
  const groupsByLine = new Map<number, TTermGroup[]>();
  const requests: TCandidateRequest[] = [];
  for (const { line, tokens, adjacentPairs } of prepared) {
    if (exactMatches.get(line.lineNumber)) continue;
    const wordGroups = buildTermGroups({ tokens, rows: terms.rows, catalogSize: terms.catalogSize });
    groupsByLine.set(line.lineNumber, wordGroups);
    const pairGroups = buildPairGroups({ adjacentPairs, pairs: terms.pairs, catalogSize: terms.catalogSize });
    const plan = planCandidateQueries({ wordGroups, pairGroups, catalogSize: terms.catalogSize });
    if (plan) requests.push({ line: line.lineNumber, plan });
  }
  const candidateRows = await fetchNameCandidates({ requests });
  const classificationList = await getDianClassifications({
    ids: [...exact.map((product) => product.classificationId), ...candidateRows.map((row) => row.classificationId)],
  });
  const classifications = new Map(classificationList.map((classification) => [classification.id, classification]));

  return ZMatchLinesResult.parse({
    lines: prepared.map(({ line, normalizedQuery }) => {
      const exactMatch = exactMatches.get(line.lineNumber);
      if (exactMatch) {
        return {
          lineNumber: line.lineNumber,
          status: "auto_matched",
          candidates: [toCandidate(exactMatch.product, 1, exactMatch.matchType, classifications)],
        };
      }
      const ranked = rankNameCandidates({
        normalizedQuery,
        groups: groupsByLine.get(line.lineNumber) ?? [],
        candidates: candidateRows.filter((row) => row.line === line.lineNumber),
        limit: MAX_CANDIDATES,
      });
      const status = classifyMatch({ scores: ranked.map((candidate) => candidate.score), exact: false });
      return {
        lineNumber: line.lineNumber,
        status,
        candidates: ranked.map((row) => toCandidate(row, row.score, "name", classifications)),
      };
    }),
  });
};
