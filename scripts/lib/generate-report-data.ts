import { openTimedSql } from "./open-timed-sql";

export type GenerateReportDataOptions = {
  url: string;
  commissions: number;
  /** Each step's duration in seconds is reported here. */
  onStep?: (step: string, seconds: number) => void;
};

/**
 * Bulk rows for the reports benchmark, all in SQL (generate_series): operators, organizations (20k suppliers with a
 * skewed share of the invoices, 5k customers), one invoice, one commission and 1–4 lines (2.5 on average) per
 * commission over the two years before 2026-11-23, lines spread over the seeded DIAN classifications with one in ten
 * excluded. Every draw is a hash of the row number, so the same N gives the same data. The daily summaries are
 * rebuilt from the rows at the end, as a backfill would.
 */
export const generateReportData = async ({ url, commissions, onStep }: GenerateReportDataOptions) => {
  const { client, step } = await openTimedSql(url, onStep);
  try {
    await step(
      "operators",
      `INSERT INTO "User" (id, email, name, role, "updatedAt")
       SELECT gen_random_uuid(), 'bench-operador-' || i || '@bench.local', 'Operador ' || i, 'OPERATOR', now()
       FROM generate_series(1, 50) i ON CONFLICT (email) DO NOTHING`,
    );
    await step(
      "organizations",
      `INSERT INTO "Organization" (id, nit, dv, name, "updatedAt")
       SELECT gen_random_uuid(), (800000000 + i)::text, (i % 10)::text,
              CASE WHEN i <= 20000 THEN 'Proveedor agro ' || i || ' S.A.S.' ELSE 'Comprador ' || (i - 20000) || ' S.A.' END, now()
       FROM generate_series(1, 25000) i ON CONFLICT (nit) DO NOTHING`,
    );
    await step(
      "rule set",
      `INSERT INTO "CommissionRuleSet" (id, version, status, "effectiveFrom", description, "feeRateBps", "feeMin",
         "commissionRateBps", "commissionMin", "publishedAt", "updatedAt")
       VALUES (gen_random_uuid(), 9001, 'PUBLISHED', '2024-01-01', 'Benchmark de reportes', 30, 10000, 15, 15000, now(), now())
       ON CONFLICT (version) DO NOTHING`,
    );
    await client.query("CREATE TEMP TABLE bench_operator AS SELECT row_number() OVER (ORDER BY email) - 1 AS n, id FROM \"User\" WHERE email LIKE 'bench-operador-%'");
    await client.query("CREATE TEMP TABLE bench_org AS SELECT nit::bigint - 800000000 AS n, id FROM \"Organization\" WHERE nit::bigint BETWEEN 800000001 AND 800025000");
    await client.query("CREATE UNIQUE INDEX ON bench_org (n)");
    await client.query('CREATE TEMP TABLE bench_class AS SELECT row_number() OVER (ORDER BY code) - 1 AS n, code, "withholdingRateBps" AS bps FROM "DianClassification" WHERE eligibility <> \'NOT_ELIGIBLE\'');
    // u(k): a uniform draw in [0,1) from the row number and a salt.
    await client.query(`CREATE OR REPLACE FUNCTION pg_temp.u(i bigint, salt int) RETURNS double precision
      LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8(i * 7919 + salt)::bigint + 2147483648) / 4294967296.0 $$`);
    await step(
      "invoices",
      `INSERT INTO "Invoice" (id, status, "sourceType", sha256, "storageKey", "originalFilename", "mimeType", "sizeBytes",
         "documentType", number, "issueDate", "supplierId", "customerId", total, "uploadedById", "updatedAt")
       SELECT md5('bench-invoice-' || i)::uuid, 'COMMISSIONED', 'XML', md5('a' || i) || md5('b' || i), 'bench/' || i, 'factura-' || i || '.xml',
         'application/xml', 20000, 'INVOICE', 'FE' || i, d.day, s.id, c.id, t.total, o.id, now()
       FROM generate_series(1, $1::int) i
       CROSS JOIN LATERAL (SELECT ('2026-11-22'::date - floor(730 * (1 - sqrt(pg_temp.u(i, 1))))::int) AS day) d
       CROSS JOIN LATERAL (SELECT round((200000 * exp(7 * pg_temp.u(i, 2)))::numeric, 0) AS total) t
       JOIN bench_org s ON s.n = 1 + floor(20000 * power(pg_temp.u(i, 3), 2.5))::int
       JOIN bench_org c ON c.n = 20001 + floor(5000 * power(pg_temp.u(i, 4), 1.5))::int
       JOIN bench_operator o ON o.n = floor(50 * pg_temp.u(i, 5))::int
       ON CONFLICT (sha256) DO NOTHING`,
      [commissions],
    );
    await step(
      "commissions",
      `INSERT INTO "Commission" (id, "invoiceId", "ruleSetId", "registeredOn", "invoiceTotal", "eligibleAmount", "excludedAmount",
         "feeAmount", "commissionAmount", "withholdingAvoided", inputs, "inputsHash", breakdown, "supplierId", "customerId", "operatorId", "updatedAt")
       SELECT md5('bench-commission-' || i)::uuid, inv.id, rs.id, inv."issueDate", inv.total,
         round(inv.total * 0.84, 0), inv.total - round(inv.total * 0.84, 0),
         greatest(10000, round(inv.total * 0.84 * 0.003, 0)), greatest(15000, round(inv.total * 0.84 * 0.0015, 0)),
         round(inv.total * 0.84 * 0.015, 0), '{}'::jsonb, md5('h' || i) || md5('k' || i), '{}'::jsonb,
         inv."supplierId", inv."customerId", inv."uploadedById", now()
       FROM generate_series(1, $1::int) i
       JOIN "Invoice" inv ON inv.id = md5('bench-invoice-' || i)::uuid
       CROSS JOIN (SELECT id FROM "CommissionRuleSet" WHERE version = 9001) rs
       ON CONFLICT ("invoiceId") DO NOTHING`,
      [commissions],
    );
    // k lines per commission; line j takes an equal share and the last line the remainder, so lines sum to the invoice.
    await step(
      "commission lines",
      `INSERT INTO "CommissionLine" (id, "commissionId", "lineNumber", "productCode", "classificationCode", eligibility,
         "excludedReason", "lineAmount", "feeAmount", "commissionAmount", "withholdingAvoided")
       SELECT gen_random_uuid(), c.id, j, 'P' || (i % 90000), cl.code,
         CASE WHEN cl.bps = 250 THEN 'FIRST_TRANSFORMATION' ELSE 'AGRO_NATURAL' END::"Eligibility",
         NULL,
         CASE WHEN j < k THEN floor(c."eligibleAmount" / k) ELSE c."eligibleAmount" - floor(c."eligibleAmount" / k) * (k - 1) END,
         CASE WHEN j < k THEN floor(c."feeAmount" / k) ELSE c."feeAmount" - floor(c."feeAmount" / k) * (k - 1) END,
         CASE WHEN j < k THEN floor(c."commissionAmount" / k) ELSE c."commissionAmount" - floor(c."commissionAmount" / k) * (k - 1) END,
         CASE WHEN j < k THEN floor(c."withholdingAvoided" / k) ELSE c."withholdingAvoided" - floor(c."withholdingAvoided" / k) * (k - 1) END
       FROM generate_series(1, $1::int) i
       JOIN "Commission" c ON c.id = md5('bench-commission-' || i)::uuid
       CROSS JOIN LATERAL (SELECT 1 + floor(4 * pg_temp.u(i, 6))::int AS k) kk
       CROSS JOIN LATERAL generate_series(1, k) j
       JOIN bench_class cl ON cl.n = floor((SELECT count(*) FROM bench_class) * power(pg_temp.u(i * 4 + j, 7), 1.7))::int
       UNION ALL
       SELECT gen_random_uuid(), c.id, 10, 'X' || (i % 1000), NULL, NULL, 'NOT_ELIGIBLE', c."excludedAmount", 0, 0, 0
       FROM generate_series(1, $1::int) i
       JOIN "Commission" c ON c.id = md5('bench-commission-' || i)::uuid
       WHERE c."excludedAmount" > 0 AND pg_temp.u(i, 8) < 0.1
       ON CONFLICT ("commissionId", "lineNumber") DO NOTHING`,
      [commissions],
    );
    await step("analyze", 'ANALYZE "Invoice", "Commission", "CommissionLine", "Organization", "User"');
  } finally {
    await client.end();
  }
};
