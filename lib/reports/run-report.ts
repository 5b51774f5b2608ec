import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { formatPeriodLabel } from "./format-period-label";
import { splitDateRange } from "./split-date-range";
import { ZReportResult, type TReportMeasures, type TReportQuery, type TReportResult } from "./schemas";

export type RunReportOptions = { query: TReportQuery };

type Basis = TReportResult["basis"];

type RawRow = {
  kind: "row" | "others" | "total";
  key: string | null;
  rank: bigint | null;
  invoices: bigint;
  registered: string;
  eligible: string;
  fee: string;
  commission: string;
  withholding: string;
};

const NO_KEY_LABELS = {
  period: "Sin fecha",
  classification: "Sin clasificación",
  supplier: "Sin proveedor",
  customer: "Sin cliente",
  operator: "Sin operador",
} as const;

/**
 * The grouped facts for a query, from the cheapest source that answers it exactly (docs/reports.md):
 * - period or classification without a party filter → the daily summaries (hundreds to tens of thousands of rows);
 * - supplier, customer or operator without filters → the party summaries of the whole months, quarters and years
 *   inside the range, plus the commissions of the ragged edge days;
 * - a classification dimension or filter otherwise → commission lines joined to their commission (line basis);
 * - everything else → the commissions themselves (invoice basis), through the (party, registeredOn) indexes.
 * Every input reaches SQL as a bound parameter; only fixed fragments chosen from the validated enums are spliced.
 */
const groupedFacts = (query: TReportQuery): { sql: Prisma.Sql; basis: Basis } => {
  const { dimension, granularity, from, to, supplierId, customerId, classificationCode } = query;
  const hasParty = supplierId !== undefined || customerId !== undefined;
  const period = (column: Prisma.Sql) =>
    Prisma.sql`to_char(date_trunc(${granularity}::text, ${column}::timestamp), 'YYYY-MM-DD')`;

  if (!hasParty && dimension === "period" && classificationCode === undefined) {
    return {
      basis: "invoice",
      sql: Prisma.sql`
        SELECT ${period(Prisma.sql`"registeredOn"`)} AS key, sum(invoices)::bigint AS invoices,
          sum("invoiceTotal") AS registered, sum("eligibleAmount") AS eligible, sum("feeAmount") AS fee,
          sum("commissionAmount") AS commission, sum("withholdingAvoided") AS withholding
        FROM "CommissionDailyTotal"
        WHERE "registeredOn" BETWEEN ${from}::date AND ${to}::date
        GROUP BY 1`,
    };
  }
  if (!hasParty && (dimension === "period" || dimension === "classification")) {
    const key = dimension === "period" ? period(Prisma.sql`"registeredOn"`) : Prisma.sql`nullif("classificationCode", '')`;
    const classificationFilter =
      classificationCode === undefined ? Prisma.empty : Prisma.sql`AND "classificationCode" = ${classificationCode}`;
    return {
      basis: "line",
      sql: Prisma.sql`
        SELECT ${key} AS key, sum(invoices)::bigint AS invoices, sum("lineAmount") AS registered,
          sum("eligibleAmount") AS eligible, sum("feeAmount") AS fee, sum("commissionAmount") AS commission,
          sum("withholdingAvoided") AS withholding
        FROM "CommissionDailyClassification"
        WHERE "registeredOn" BETWEEN ${from}::date AND ${to}::date ${classificationFilter}
        GROUP BY 1`,
    };
  }
  if (!hasParty && classificationCode === undefined && dimension !== "period" && dimension !== "classification") {
    const column = { supplier: Prisma.sql`c."supplierId"`, customer: Prisma.sql`c."customerId"`, operator: Prisma.sql`c."operatorId"` }[dimension];
    const { spans, days } = splitDateRange({ from, to });
    // No edge days: an empty range keeps the statement's shape fixed.
    const [first = { from: "9999-12-31", to: "0001-01-01" }, second = first] = days;
    return {
      basis: "invoice",
      sql: Prisma.sql`
        SELECT party::text AS key, sum(invoices)::bigint AS invoices, sum(registered) / 100 AS registered,
          sum(eligible) / 100 AS eligible, sum(fee) / 100 AS fee, sum(commission) / 100 AS commission,
          sum(withholding) / 100 AS withholding
        FROM (
          SELECT nullif(p."partyId", '00000000-0000-0000-0000-000000000000'::uuid) AS party, p.invoices,
            p."invoiceTotalCents" AS registered, p."eligibleAmountCents" AS eligible, p."feeAmountCents" AS fee,
            p."commissionAmountCents" AS commission, p."withholdingAvoidedCents" AS withholding
          FROM "CommissionPartySummary" p
          JOIN unnest(${spans.map((tile) => tile.span)}::text[], ${spans.map((tile) => tile.start)}::date[]) AS t (span, start)
            ON p.span = t.span AND p."periodStart" = t.start
          WHERE p.dimension = ${dimension}
          UNION ALL
          SELECT ${column}, 1, (c."invoiceTotal" * 100)::bigint, (c."eligibleAmount" * 100)::bigint,
            (c."feeAmount" * 100)::bigint, (c."commissionAmount" * 100)::bigint, (c."withholdingAvoided" * 100)::bigint
          FROM "Commission" c
          WHERE c."registeredOn" BETWEEN ${first.from}::date AND ${first.to}::date
             OR c."registeredOn" BETWEEN ${second.from}::date AND ${second.to}::date
        ) u
        -- Grouped by the uuid itself (cheaper to hash than its text); cast once per group.
        GROUP BY party`,
    };
  }
  const partyFilters = Prisma.sql`
    ${supplierId === undefined ? Prisma.empty : Prisma.sql`AND c."supplierId" = ${supplierId}::uuid`}
    ${customerId === undefined ? Prisma.empty : Prisma.sql`AND c."customerId" = ${customerId}::uuid`}`;
  const keys = {
    period: period(Prisma.sql`c."registeredOn"`),
    classification: Prisma.sql`l."classificationCode"`,
    supplier: Prisma.sql`c."supplierId"::text`,
    customer: Prisma.sql`c."customerId"::text`,
    operator: Prisma.sql`c."operatorId"::text`,
  } satisfies Record<TReportQuery["dimension"], Prisma.Sql>;

  if (dimension === "classification" || classificationCode !== undefined) {
    return {
      basis: "line",
      sql: Prisma.sql`
        SELECT ${keys[dimension]} AS key, count(DISTINCT c.id) AS invoices, sum(l."lineAmount") AS registered,
          coalesce(sum(l."lineAmount") FILTER (WHERE l."excludedReason" IS NULL), 0) AS eligible,
          sum(l."feeAmount") AS fee, sum(l."commissionAmount") AS commission, sum(l."withholdingAvoided") AS withholding
        FROM "CommissionLine" l JOIN "Commission" c ON c.id = l."commissionId"
        WHERE c."registeredOn" BETWEEN ${from}::date AND ${to}::date ${partyFilters}
          ${classificationCode === undefined ? Prisma.empty : Prisma.sql`AND l."classificationCode" = ${classificationCode}`}
        GROUP BY 1`,
    };
  }
  return {
    basis: "invoice",
    sql: Prisma.sql`
      SELECT ${keys[dimension]} AS key, count(*) AS invoices, sum(c."invoiceTotal") AS registered,
        sum(c."eligibleAmount") AS eligible, sum(c."feeAmount") AS fee, sum(c."commissionAmount") AS commission,
        sum(c."withholdingAvoided") AS withholding
      FROM "Commission" c
      WHERE c."registeredOn" BETWEEN ${from}::date AND ${to}::date ${partyFilters}
      GROUP BY 1`,
  };
};

const toMeasures = (row: RawRow): TReportMeasures => ({
  invoices: Number(row.invoices),
  registeredValue: row.registered,
  eligibleValue: row.eligible,
  feeAmount: row.fee,
  commissionAmount: row.commission,
  withholdingAvoided: row.withholding,
});

const amount = (column: string) => Prisma.raw(`${column}::numeric(20,2)::text`);
const money = (column: string) => Prisma.raw(`coalesce(sum(${column}), 0)::numeric(20,2)::text`);

/** Labels for one page of keys: organization name with NIT-DV, operator name, classification name. */
const loadLabels = async (dimension: TReportQuery["dimension"], keys: string[]): Promise<Map<string, string>> => {
  if (keys.length === 0) return new Map();
  if (dimension === "supplier" || dimension === "customer") {
    const organizations = await db.organization.findMany({ where: { id: { in: keys } }, select: { id: true, name: true, nit: true, dv: true } });
    return new Map(organizations.map((org) => [org.id, `${org.name} (NIT ${org.nit}-${org.dv})`]));
  }
  if (dimension === "operator") {
    const users = await db.user.findMany({ where: { id: { in: keys } }, select: { id: true, name: true } });
    return new Map(users.map((user) => [user.id, user.name]));
  }
  if (dimension === "classification") {
    const classifications = await db.dianClassification.findMany({ where: { code: { in: keys } }, select: { code: true, name: true } });
    return new Map(classifications.map((item) => [item.code, `${item.code} · ${item.name}`]));
  }
  return new Map();
};

/**
 * One report: the groups of the requested dimension in report order (periods chronologically, everything else by
 * registered value, largest first), one page of them, the rest summed as "Otros", and the total, in one SQL
 * statement so the three always agree.
 */
export const runReport = async ({ query }: RunReportOptions): Promise<TReportResult> => {
  const { sql, basis } = groupedFacts(query);
  const order = query.dimension === "period" ? Prisma.sql`key ASC` : Prisma.sql`registered DESC, key ASC NULLS LAST`;
  const first = query.offset;
  const last = query.offset + query.limit;
  // Grouping tens of thousands of suppliers needs more than the default 4 MB, or the hash aggregate spills to disk.
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL work_mem = '64MB'`,
    db.$queryRaw<RawRow[]>`
    WITH g AS (${sql}),
    r AS (SELECT g.*, row_number() OVER (ORDER BY ${order}) AS rank FROM g)
    (SELECT 'row' AS kind, key, rank, invoices, ${amount("registered")} AS registered, ${amount("eligible")} AS eligible,
       ${amount("fee")} AS fee, ${amount("commission")} AS commission, ${amount("withholding")} AS withholding
     FROM r WHERE rank > ${first} AND rank <= ${last} ORDER BY rank)
    UNION ALL
    SELECT 'others', NULL, NULL, coalesce(sum(invoices), 0)::bigint, ${money("registered")}, ${money("eligible")},
      ${money("fee")}, ${money("commission")}, ${money("withholding")}
    FROM r WHERE rank > ${last} HAVING count(*) > 0
    UNION ALL
    SELECT 'total', NULL, count(*), coalesce(sum(invoices), 0)::bigint, ${money("registered")}, ${money("eligible")},
      ${money("fee")}, ${money("commission")}, ${money("withholding")}
    FROM r`,
  ]);

  const pageRows = rows.filter((row) => row.kind === "row");
  const labels = await loadLabels(
    query.dimension,
    pageRows.flatMap((row) => (row.key === null ? [] : [row.key])),
  );
  const totalRow = rows.find((row) => row.kind === "total");
  const othersRow = rows.find((row) => row.kind === "others");
  if (!totalRow) throw new Error("El reporte no devolvió la fila de totales.");
  return ZReportResult.parse({
    query: {
      dimension: query.dimension,
      granularity: query.granularity,
      from: query.from,
      to: query.to,
      limit: query.limit,
      offset: query.offset,
    },
    basis,
    rows: pageRows.map((row) => ({
      key: row.key,
      label:
        row.key === null
          ? NO_KEY_LABELS[query.dimension]
          : query.dimension === "period"
            ? formatPeriodLabel({ start: row.key, granularity: query.granularity })
            : (labels.get(row.key) ?? row.key),
      ...toMeasures(row),
    })),
    others: othersRow ? toMeasures(othersRow) : null,
    total: toMeasures(totalRow),
    groupCount: Number(totalRow.rank ?? 0),
  });
};
