/**
 * Catalog benchmark, printed as JSON:
 *   npm run bench:catalog -- --rows 10000000 [--seed 7] [--golden 500] [--queries 300] [--invoices 60] [--rebuild] [--load-only]
 * Builds (or reuses) a generated catalog of N rows in its own embedded PostgreSQL (.data/bench-catalog, port 54380,
 * or EMBEDDED_POSTGRES_DIR/PORT; DATABASE_URL overrides), then measures at concurrency 1 and 8: code lookup, fuzzy
 * search of noisy names, and matching whole 20-line invoices; the golden set's top-1/top-5 accuracy; table and
 * index sizes; and the word dictionary's trigram index as GIN and as GiST. Each measured set runs once unmeasured
 * first, so figures are a warm server's. --load-only stops after the build (a
 * 60M-row build takes about an hour; measure it with a second run, which reuses it).
 */
import "./lib/load-env";
import { parseArgs } from "node:util";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { applyMigrations } from "@/lib/database/schema-engine";
import { summarizeLatencies } from "./lib/latency";

const { values } = parseArgs({
  options: {
    rows: { type: "string" },
    seed: { type: "string", default: "7" },
    golden: { type: "string", default: "500" },
    queries: { type: "string", default: "300" },
    invoices: { type: "string", default: "60" },
    rebuild: { type: "boolean", default: false },
    "load-only": { type: "boolean", default: false },
  },
});
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1_000) {
  console.error("Uso: npm run bench:catalog -- --rows N (N ≥ 1000) [--seed S] [--golden 500] [--queries 300] [--invoices 60] [--rebuild]");
  process.exit(2);
}
const seed = Number(values.seed);
const goldenSize = Number(values.golden);
const querySize = Number(values.queries);
const invoiceCount = Number(values.invoices);
const LINES_PER_INVOICE = 20;
const CODE_LOOKUPS = 2_000;

const ownDatabase = !process.env.DATABASE_URL;
process.env.EMBEDDED_POSTGRES_DIR ||= ".data/bench-catalog";
process.env.EMBEDDED_POSTGRES_PORT ||= "54380";
const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
await applyMigrations(database.url);

const { db } = await import("@/lib/db");
const { seedClassifications } = await import("@/lib/seed/seed-classifications");
const { loadCatalog } = await import("@/lib/catalog/load/load-catalog");
const { getProductByCode } = await import("@/lib/catalog/get-product-by-code");
const { searchProducts } = await import("@/lib/catalog/search-products");
const { matchInvoiceLines } = await import("@/lib/matching/match-invoice-lines");
const { lookupTerms } = await import("@/lib/matching/lookup-terms");
const { buildGoldenLines } = await import("@/lib/matching/build-golden-lines");
const { readQueryWords } = await import("@/lib/matching/read-query-words");

/** Runs every task with the given number of concurrent workers; returns each task's duration. */
const measure = async <T>(tasks: readonly T[], concurrency: number, run: (task: T) => Promise<unknown>) => {
  const durations: number[] = [];
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < tasks.length) {
        const task = tasks[next++] as T;
        const start = performance.now();
        await run(task);
        durations.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - startedAt) / 1000;
  return { ...summarizeLatencies(durations), per_s: Math.round(tasks.length / seconds) };
};

/** Steady state, as a running server sees it: one unmeasured pass warms the caches the measured passes use. */
const atBothConcurrencies = async <T>(tasks: readonly T[], run: (task: T) => Promise<unknown>) => {
  await measure(tasks, 2, run);
  return { c1: await measure(tasks, 1, run), c8: await measure(tasks, 8, run) };
};

try {
  await seedClassifications();
  const productCount = Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Product"`)[0]?.n ?? 0);
  let load: { rowsPerSecond: number; loadSeconds: number; indexSeconds: number; reused: boolean };
  const previous = await db.catalogLoad.findFirst({
    where: { sourceKind: "generated", status: "COMPLETED", rowsLoaded: BigInt(rows) },
    orderBy: { completedAt: "desc" },
  });
  if (previous && productCount === rows && !values.rebuild) {
    const loadSeconds = previous.loadSeconds ?? 0;
    load = { rowsPerSecond: Math.round(rows / loadSeconds), loadSeconds, indexSeconds: previous.indexSeconds ?? 0, reused: true };
  } else {
    if (productCount > 0) {
      if (!ownDatabase) throw new Error("DATABASE_URL ya tiene productos: el benchmark solo vacía su propia base.");
      await db.$executeRawUnsafe(`TRUNCATE "Product", "CatalogLoad", "CatalogTerm" CASCADE`);
    }
    const summary = await loadCatalog({ source: { kind: "generated", rows, seed } });
    load = { rowsPerSecond: summary.rowsPerSecond, loadSeconds: summary.loadSeconds, indexSeconds: summary.indexSeconds, reused: false };
  }
  if (values["load-only"]) {
    console.log(JSON.stringify({ rows, seed, load_rows_per_s: load.rowsPerSecond, load_s: load.loadSeconds, index_build_s: load.indexSeconds }));
    await db.$disconnect();
    await database.stop();
    process.exit(0);
  }

  const sizes = (
    await db.$queryRaw<{ table: bigint; indexes: bigint; terms: bigint; database: bigint }[]>`
      SELECT pg_table_size('"Product"') AS "table", pg_indexes_size('"Product"') AS "indexes",
             pg_total_relation_size('"CatalogTerm"') AS "terms",
             pg_database_size(current_database()) AS "database"`
  )[0];

  // Deterministic samples spread over the whole id range: golden lines, search queries, invoices and lookups.
  const bounds = (await db.$queryRaw<{ min: bigint; max: bigint }[]>`SELECT min(id) AS min, max(id) AS max FROM "Product"`)[0];
  const sample = async (count: number, sampleSeed: number) => {
    const min = Number(bounds?.min ?? 0);
    const span = Number(bounds?.max ?? 0) - min + 1;
    const ids = Array.from({ length: count * 2 }, (_, index) => BigInt(min + ((index * 2_654_435_761 + sampleSeed * 40_503) % span)));
    const found = await db.product.findMany({ where: { id: { in: ids }, active: true }, select: { code: true, name: true } });
    return found.sort((left, right) => left.code.localeCompare(right.code)).slice(0, count);
  };
  const golden = buildGoldenLines({ products: await sample(goldenSize, seed), seed });
  const queries = buildGoldenLines({ products: await sample(querySize, seed + 1), seed: seed + 1 }).map((line) => line.description);
  const invoiceLines = buildGoldenLines({ products: await sample(invoiceCount * LINES_PER_INVOICE, seed + 2), seed: seed + 2 });
  const invoices = Array.from({ length: invoiceCount }, (_, invoice) =>
    invoiceLines
      .slice(invoice * LINES_PER_INVOICE, (invoice + 1) * LINES_PER_INVOICE)
      .map((line, index) => ({ lineNumber: index + 1, description: line.description })),
  );
  const codes = (await sample(CODE_LOOKUPS, seed + 3)).map((product) => product.code);

  const codeLookup = await atBothConcurrencies(codes, (code) => getProductByCode({ code }));
  const fuzzySearch = await atBothConcurrencies(queries, (q) => searchProducts({ q, limit: 10 }));
  const invoiceMatch = await atBothConcurrencies(invoices, (lines) => matchInvoiceLines({ lines }));

  let top1 = 0;
  let top5 = 0;
  let autoMatched = 0;
  let autoMatchedCorrect = 0;
  for (let start = 0; start < golden.length; start += LINES_PER_INVOICE) {
    const batch = golden.slice(start, start + LINES_PER_INVOICE);
    const result = await matchInvoiceLines({
      lines: batch.map((line, index) => ({ lineNumber: index + 1, description: line.description })),
    });
    result.lines.forEach((line, index) => {
      const expected = batch[index]?.expectedCode;
      if (line.candidates[0]?.code === expected) top1 += 1;
      if (line.candidates.some((candidate) => candidate.code === expected)) top5 += 1;
      if (line.status === "auto_matched") {
        autoMatched += 1;
        if (line.candidates[0]?.code === expected) autoMatchedCorrect += 1;
      }
    });
  }

  // The word dictionary's trigram index, as GIN (what the migration creates) and as GiST.
  const dictionaryLookups = queries.slice(0, 200).map((query) => readQueryWords(query));
  const timeDictionary = async () => {
    await measure(dictionaryLookups, 2, (words) => lookupTerms(words));
    return (await measure(dictionaryLookups, 1, (words) => lookupTerms(words))).p95;
  };
  const ginP95 = await timeDictionary();
  let start = performance.now();
  await db.$executeRawUnsafe(`CREATE INDEX "CatalogTerm_term_gist_bench" ON "CatalogTerm" USING GIST ("term" gist_trgm_ops)`);
  const gistBuildSeconds = (performance.now() - start) / 1000;
  await db.$executeRawUnsafe(`DROP INDEX "CatalogTerm_term_idx"`);
  const gistP95 = await timeDictionary();
  start = performance.now();
  await db.$executeRawUnsafe(`CREATE INDEX "CatalogTerm_term_idx" ON "CatalogTerm" USING GIN ("term" gin_trgm_ops)`);
  const ginBuildSeconds = (performance.now() - start) / 1000;
  await db.$executeRawUnsafe(`DROP INDEX "CatalogTerm_term_gist_bench"`);
  const terms = Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "CatalogTerm"`)[0]?.n ?? 0);

  const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
  console.log(
    JSON.stringify(
      {
        rows,
        seed,
        reused_catalog: load.reused,
        load_rows_per_s: load.rowsPerSecond,
        load_s: round(load.loadSeconds, 1),
        index_build_s: round(load.indexSeconds, 1),
        table_bytes: Number(sizes?.table ?? 0),
        index_bytes: Number(sizes?.indexes ?? 0),
        database_bytes: Number(sizes?.database ?? 0),
        dictionary_terms: terms,
        dictionary_bytes: Number(sizes?.terms ?? 0),
        code_lookup_ms: codeLookup.c1,
        fuzzy_search_ms: fuzzySearch.c1,
        invoice_match_ms: invoiceMatch.c1,
        concurrency_8: { code_lookup_ms: codeLookup.c8, fuzzy_search_ms: fuzzySearch.c8, invoice_match_ms: invoiceMatch.c8 },
        lines_per_invoice: LINES_PER_INVOICE,
        golden_lines: golden.length,
        top1: round(top1 / golden.length),
        top5: round(top5 / golden.length),
        auto_matched_rate: round(autoMatched / golden.length),
        auto_matched_precision: autoMatched > 0 ? round(autoMatchedCorrect / autoMatched) : null,
        dictionary_trigram_index: {
          gin: { lookup_p95_ms: ginP95, build_s: round(ginBuildSeconds) },
          gist: { lookup_p95_ms: gistP95, build_s: round(gistBuildSeconds) },
        },
      },
      null,
      2,
    ),
  );
} finally {
  await db.$disconnect();
  await database.stop();
}
