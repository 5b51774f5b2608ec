import { openTimedSql } from "./open-timed-sql";

export type GenerateInboxDataOptions = {
  url: string;
  invoices: number;
  suppliers: number;
  /** Each step's duration in seconds is reported here. */
  onStep?: (step: string, seconds: number) => void;
};

/** Rows per INSERT: progress shows, and one statement never holds the whole million in memory. */
const CHUNK = 250_000;
/** Uploads arrive in batches of this many, one batch in four (the rest are single uploads). */
const BATCH_SIZE = 500;

/**
 * A million-invoice inbox for the inbox benchmark, all in SQL (generate_series), every draw a hash of the row
 * number so the same N gives the same data: ~2,000 suppliers with a skewed share of invoices (the largest holds
 * ~2 %), uploads spread evenly over the two years to 2026-12-01 (newest = highest row number), a realistic status
 * mix (most certified, ~12 % in review, a few failed, the newest in flight), sources XML 60 % / PDF 30 % / image 10 %
 * with confidence by source, totals from $200.000 to ~$80 millones with cents, a quarter in upload batches.
 * Invoices not yet extracted (RECEIVED, EXTRACTING) have no supplier, number, date, total or confidence.
 */
export const generateInboxData = async ({ url, invoices, suppliers, onStep }: GenerateInboxDataOptions) => {
  const { client, step } = await openTimedSql(url, onStep);
  try {
    // Deterministic ids that are valid RFC 4122 v4 UUIDs (the API validates them): a hash with the version bits set.
    await client.query(`CREATE OR REPLACE FUNCTION pg_temp.uuid_of(key text) RETURNS uuid
      LANGUAGE sql IMMUTABLE AS $$ SELECT overlay(overlay(md5(key) placing '4' from 13) placing '8' from 17)::uuid $$`);
    await step(
      "operator",
      `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES (gen_random_uuid(), 'bench-inbox@bench.local', 'Operador banco', 'OPERATOR', now())
       ON CONFLICT (email) DO NOTHING`,
    );
    await step(
      "suppliers",
      `INSERT INTO "Organization" (id, nit, dv, name, "updatedAt")
       SELECT pg_temp.uuid_of('inbox-supplier-' || i), (900000000 + i)::text, (i % 10)::text,
              (ARRAY['Agropecuaria','Lácteos','Frutas','Cafés','Hortalizas','Ganadería','Avícola','Piscícola','Cacao','Granos'])[1 + i % 10]
              || ' ' || (ARRAY['del Valle','Andina','El Progreso','La Esperanza','San Jorge','del Sinú','Santa Rosa','Los Llanos'])[1 + (i / 10) % 8]
              || ' ' || i || ' S.A.S.', now()
       FROM generate_series(1, $1::int) i ON CONFLICT (nit) DO NOTHING`,
      [suppliers],
    );
    await step(
      "batches",
      `INSERT INTO "PipelineBatch" (id, "createdById", "invoiceCount", "createdAt")
       SELECT pg_temp.uuid_of('inbox-batch-' || b), (SELECT id FROM "User" WHERE email = 'bench-inbox@bench.local'), $2::int,
              timestamp '2024-12-01' + (b * $2::int)::double precision / $1::int * interval '730 days'
       FROM generate_series(0, $1::int / $2::int) b WHERE b % 4 = 0
       ON CONFLICT (id) DO NOTHING`,
      [invoices, BATCH_SIZE],
    );
    await client.query(`CREATE OR REPLACE FUNCTION pg_temp.u(i bigint, salt int) RETURNS double precision
      LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8(i * 7919 + salt)::bigint + 2147483648) / 4294967296.0 $$`);
    await client.query(`CREATE TEMP TABLE bench_supplier AS SELECT nit::bigint - 900000000 AS n, id FROM "Organization" WHERE nit::bigint BETWEEN 900000001 AND 900000000 + $1::int`, [suppliers]);
    await client.query("CREATE UNIQUE INDEX ON bench_supplier (n)");
    for (let from = 1; from <= invoices; from += CHUNK) {
      const to = Math.min(invoices, from + CHUNK - 1);
      await step(
        `invoices ${from}-${to}`,
        `INSERT INTO "Invoice" (id, status, "sourceType", sha256, "storageKey", "originalFilename", "mimeType", "sizeBytes",
           "documentType", number, "issueDate", "supplierId", subtotal, "taxTotal", total, confidence, urgent, "batchId",
           "uploadedById", "createdAt", "updatedAt")
         SELECT pg_temp.uuid_of('inbox-invoice-' || i), st.status::"InvoiceStatus", src.kind::"SourceType", md5('a' || i) || md5('b' || i),
           'bench/' || i, 'factura-' || i || src.ext, src.mime, 20000,
           CASE WHEN ex.done THEN 'INVOICE'::"DocumentType" END,
           CASE WHEN ex.done THEN 'FE' || (100000000 + i) END,
           CASE WHEN ex.done THEN (c.created::date - floor(10 * pg_temp.u(i, 4))::int) END,
           CASE WHEN ex.done THEN s.id END,
           CASE WHEN ex.done THEN round(t.total / 1.19, 2) END,
           CASE WHEN ex.done THEN t.total - round(t.total / 1.19, 2) END,
           CASE WHEN ex.done THEN t.total END,
           CASE WHEN ex.done THEN round((src.floor + (1 - src.floor) * pg_temp.u(i, 6))::numeric, 4) END,
           pg_temp.u(i, 7) < 0.02,
           CASE WHEN ((i - 1) / ${BATCH_SIZE}) % 4 = 0 THEN pg_temp.uuid_of('inbox-batch-' || ((i - 1) / ${BATCH_SIZE})) END,
           op.id, c.created, c.created
         FROM generate_series($1::int, $2::int) i
         CROSS JOIN (SELECT id FROM "User" WHERE email = 'bench-inbox@bench.local') op
         CROSS JOIN LATERAL (SELECT timestamp '2024-12-01' + (i::double precision / $3::int) * interval '730 days' AS created) c
         CROSS JOIN LATERAL (SELECT pg_temp.u(i, 2) AS x, i > $3::int - 2000 AS recent) r
         CROSS JOIN LATERAL (SELECT CASE
             WHEN r.recent AND r.x < 0.3 THEN 'RECEIVED' WHEN r.recent AND r.x < 0.5 THEN 'EXTRACTING'
             WHEN r.recent AND r.x < 0.6 THEN 'MATCHING' WHEN r.recent AND r.x < 0.7 THEN 'VALIDATING'
             WHEN r.x < 0.55 THEN 'CERTIFIED' WHEN r.x < 0.70 THEN 'COMMISSIONED' WHEN r.x < 0.75 THEN 'APPROVED'
             WHEN r.x < 0.87 THEN 'NEEDS_REVIEW' WHEN r.x < 0.91 THEN 'REJECTED' WHEN r.x < 0.94 THEN 'FAILED'
             WHEN r.x < 0.96 THEN 'RECEIVED' WHEN r.x < 0.97 THEN 'EXTRACTING' WHEN r.x < 0.985 THEN 'MATCHING'
             ELSE 'VALIDATING' END AS status) st
         CROSS JOIN LATERAL (SELECT st.status NOT IN ('RECEIVED', 'EXTRACTING') AS done) ex
         CROSS JOIN LATERAL (SELECT CASE WHEN y < 0.6 THEN 'XML' WHEN y < 0.9 THEN 'PDF' ELSE 'IMAGE' END AS kind,
             CASE WHEN y < 0.6 THEN '.xml' WHEN y < 0.9 THEN '.pdf' ELSE '.jpg' END AS ext,
             CASE WHEN y < 0.6 THEN 'application/xml' WHEN y < 0.9 THEN 'application/pdf' ELSE 'image/jpeg' END AS mime,
             CASE WHEN y < 0.6 THEN 0.95 WHEN y < 0.9 THEN 0.70 ELSE 0.40 END AS floor
           FROM (SELECT pg_temp.u(i, 3) AS y) q) src
         CROSS JOIN LATERAL (SELECT round((200000 * exp(6 * pg_temp.u(i, 5)))::numeric, 2) AS total) t
         JOIN bench_supplier s ON s.n = 1 + floor($4::int * power(pg_temp.u(i, 8), 2))::int
         ON CONFLICT (sha256) DO NOTHING`,
        [from, to, invoices, suppliers],
      );
    }
    // VACUUM as autovacuum would soon after a load: it also marks pages all-visible, so counts can read indexes only.
    await step("vacuum analyze", 'VACUUM (ANALYZE) "Invoice", "Organization", "PipelineBatch", "User"');
  } finally {
    await client.end();
  }
};
