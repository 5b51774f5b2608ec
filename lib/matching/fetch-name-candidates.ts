import { catalogIndexDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_FILTER_GROUPS, MIN_PRIMARY_CANDIDATES, type TLinePlan } from "./plan-candidate-queries";

export type TCandidateRow = {
  line: number;
  id: bigint;
  code: string;
  name: string;
  normalizedName: string;
  gtin: string | null;
  category: string;
  classificationId: number;
  unitCode: string;
};

export type TCandidateRequest = { line: number; plan: TLinePlan };
export type FetchNameCandidatesOptions = { requests: readonly TCandidateRequest[]; classificationIds?: readonly number[] };

const PRIMARY_LIMIT = 300;
const FALLBACK_LIMIT = 60;
const COLUMNS = Prisma.sql`"id", "code", "name", "normalizedName", "gtin", "category", "classificationId", "unitCode"`;
/** The indexed expression (migration catalog_name_keys): a name's words and adjacent word pairs. */
const KEYS = Prisma.sql`catalog_name_keys("normalizedName")`;
const GROUP_COLUMNS = Array.from({ length: MAX_FILTER_GROUPS }, (_, index) => `g${index + 1}`);

/** Every filter has the same number of groups, so one statement shape serves all lines: repeat the last group. */
const padGroups = (groups: readonly string[][]) =>
  GROUP_COLUMNS.map((_, index) => groups[Math.min(index, groups.length - 1)] ?? []);

const toInputRows = (requests: readonly TCandidateRequest[]) =>
  requests
    .filter(({ plan }) => plan.sample === null)
    .flatMap(({ line, plan }) =>
      [plan.filter, ...plan.fallbacks].map((groups, stage) => ({
        line,
        stage,
        ...Object.fromEntries(padGroups(groups).map((terms, index) => [GROUP_COLUMNS[index], terms])),
      })),
    );

/**
 * Candidates of every line of an invoice in one statement of fixed shape (planned in about a millisecond whatever
 * the number of lines). Each line's filter runs through the word index; its fallbacks run only for lines whose
 * filter found fewer than MIN_PRIMARY_CANDIDATES. Lines too vague for the index read a repeatable table sample.
 * It runs on catalogIndexDb, whose sessions have sequential scans off: the planner would otherwise pair some LIMITs
 * with a scan that crawls when matching rows sit late in the table.
 */
export const buildNameCandidatesQuery = ({ requests, classificationIds }: FetchNameCandidatesOptions): Prisma.Sql => {
  const classificationFilter = classificationIds
    ? Prisma.sql`AND "classificationId" = ANY(${[...classificationIds]}::int[])`
    : Prisma.empty;
  const groupFilter = Prisma.join(
    GROUP_COLUMNS.map((column) => Prisma.sql`${KEYS} && i.${Prisma.raw(`"${column}"`)}`),
    " AND ",
  );
  const lateral = (limit: number) =>
    Prisma.sql`CROSS JOIN LATERAL (SELECT ${COLUMNS} FROM "Product"
      WHERE "active" AND ${groupFilter} ${classificationFilter} LIMIT ${limit}) p`;
  const recordColumns = Prisma.raw(['"line" int', '"stage" int', ...GROUP_COLUMNS.map((column) => `"${column}" text[]`)].join(", "));
  const indexed = Prisma.sql`
    WITH input AS (SELECT * FROM jsonb_to_recordset(${JSON.stringify(toInputRows(requests))}::jsonb) AS i(${recordColumns})),
    first_pass AS MATERIALIZED (SELECT i."line", p.* FROM input i ${lateral(PRIMARY_LIMIT)} WHERE i."stage" = 0),
    short_lines AS (
      SELECT i."line" FROM input i
      WHERE i."stage" = 0 AND (SELECT count(*) FROM first_pass f WHERE f."line" = i."line") < ${MIN_PRIMARY_CANDIDATES})
    SELECT * FROM first_pass
    UNION ALL
    SELECT i."line", p.* FROM input i JOIN short_lines s ON s."line" = i."line" ${lateral(FALLBACK_LIMIT)} WHERE i."stage" > 0`;
  const sampled = requests.flatMap(({ line, plan }) => {
    if (!plan.sample) return [];
    // Words only (see planCandidateQueries), tested without the indexed expression, which costs ten times more.
    const filter = Prisma.join(plan.filter.map((terms) => Prisma.sql`string_to_array("normalizedName", ' ') && ${terms}::text[]`), " AND ");
    return [
      Prisma.sql`(SELECT ${line}::int AS "line", ${COLUMNS} FROM "Product" TABLESAMPLE SYSTEM (${plan.sample.percent}::real) REPEATABLE (0)
        WHERE "active" AND ${filter} ${classificationFilter} LIMIT ${PRIMARY_LIMIT})`,
    ];
  });
  return Prisma.join([indexed, ...sampled], " UNION ALL ");
};

/** Lines are split over this many concurrent statements: one backend per core walks the word index. */
const PARALLEL_STATEMENTS = 2;

export const fetchNameCandidates = async ({ requests, classificationIds }: FetchNameCandidatesOptions): Promise<TCandidateRow[]> => {
  const shares = Array.from({ length: Math.min(PARALLEL_STATEMENTS, requests.length) }, (_, share) =>
    requests.filter((_request, index) => index % PARALLEL_STATEMENTS === share),
  );
  const results = await Promise.all(
    shares.map((share) => catalogIndexDb.$queryRaw<TCandidateRow[]>(buildNameCandidatesQuery({ requests: share, classificationIds }))),
  );
  return results.flat();
};
