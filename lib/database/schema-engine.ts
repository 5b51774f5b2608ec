import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { randomUUID } from "node:crypto";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

/**
 * Prisma's schema engine, compiled to WebAssembly and published on npm, driven through the pg driver adapter.
 * It is the same engine `prisma migrate deploy` downloads as a native binary, so the `_prisma_migrations` table it
 * writes is the one the stock CLI reads in production (see docs/database.md).
 */

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const LOCKFILE_NAME = "migration_lock.toml";
const NO_FILTERS = { externalTables: [], externalEnums: [] };

type WasmBindings = {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
  SchemaEngine: typeof SchemaEngine;
};

let bindingsPromise: Promise<WasmBindings> | undefined;

const loadBindings = (): Promise<WasmBindings> => {
  bindingsPromise ??= (async () => {
    // The engine reports a Rust panic through this global before it throws.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => console.error(`schema engine panic: ${message}`),
    };
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    // Node 20 cannot import .wasm modules, and the package only exports its JS glue, so wire the two by hand.
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as WasmBindings;
    const wasmBytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bindings as never });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return bindingsPromise;
};

/** pg gives `connectionString` precedence over `database`, which would point the shadow database at the real one. */
const toPoolConfig = (connectionString: string): pg.PoolConfig & { database: string } => {
  const url = new URL(connectionString);
  return {
    // The embedded server's Unix socket folder, as pg itself reads it from the query string.
    host: url.searchParams.get("host") ?? url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    Client: CatalogCharClient,
  };
};

/**
 * The engine reads catalog columns of PostgreSQL's internal one-byte type `"char"` (e.g. `pg_constraint.contype`)
 * and expects them typed as characters, but the pg adapter has no mapping for that type and refuses the whole
 * result. The pg client layer reports such columns as text and remembers where they were; the adapter layer then
 * types them as characters again.
 */
const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const charColumnsByRows = new WeakMap<unknown[], number[]>();

class CatalogCharClient extends pg.Client {
  override query(...args: unknown[]): never {
    // A multi-statement script (see runScriptsWhole) answers with one result per statement, and catalog queries
    // are never part of one.
    const markCharColumns = (queryResult: pg.QueryResult | pg.QueryResult[] | undefined) => {
      if (Array.isArray(queryResult)) return queryResult;
      const charColumns: number[] = [];
      queryResult?.fields.forEach((field, index) => {
        if (field.dataTypeID !== PG_INTERNAL_CHAR_OID) return;
        field.dataTypeID = PG_TEXT_OID;
        charColumns.push(index);
      });
      if (queryResult && charColumns.length > 0) charColumnsByRows.set(queryResult.rows, charColumns);
      return queryResult;
    };
    const callback = args.at(-1);
    // pg.Pool calls its clients with a callback; direct callers get a promise.
    if (typeof callback === "function") {
      args[args.length - 1] = (error: Error | null, queryResult?: pg.QueryResult | pg.QueryResult[]) =>
        callback(error, markCharColumns(queryResult));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    return (result instanceof Promise ? result.then(markCharColumns) : result) as never;
  }
}

type QueryRaw = (this: unknown, query: SqlQuery) => Promise<SqlResultSet>;
const patchedQueryables = new WeakSet<object>();

/** Patches the adapter's queryable base class (shared by connections and transactions) once per process. */
const restoreCharColumnTypes = (adapter: SqlDriverAdapter) => {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { queryRaw: QueryRaw };
  if (patchedQueryables.has(queryable)) return;
  patchedQueryables.add(queryable);
  const original = queryable.queryRaw;
  queryable.queryRaw = async function (query) {
    const resultSet = await original.call(this, query);
    for (const index of charColumnsByRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
};

/**
 * The stock adapter splits a migration script on every ";", even inside comments and function bodies, and runs the
 * fragments one by one. PostgreSQL's simple query protocol runs a multi-statement script as written, and as one
 * implicit transaction, so a failing migration leaves nothing half-applied.
 */
const runScriptsWhole = (adapter: SqlDriverAdapter) => {
  const connection = adapter as unknown as { client: pg.Pool; onError: (error: unknown) => never };
  adapter.executeScript = async (script) => {
    try {
      await connection.client.query(script);
    } catch (error) {
      connection.onError(error);
    }
  };
};

type PoolConfig = ReturnType<typeof toPoolConfig>;

const runAdminStatement = async (config: PoolConfig, sql: string) => {
  const client = new pg.Client({ ...config, Client: undefined } as pg.ClientConfig);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * The stock adapter drops its shadow database while its own pool is still connected, and the terminated idle
 * connection then crashes the process; this one closes the pool first and drops the database afterwards.
 */
const createAdapterFactory = (config: PoolConfig): SqlMigrationAwareDriverAdapterFactory & { closeAll: () => Promise<void> } => {
  const main = new PrismaPg(config);
  // The engine does not close its connections when it is freed; closing them here lets the process exit and
  // leaves no session on the database (a template database cannot be copied while one is open).
  const openAdapters = new Set<SqlDriverAdapter>();
  return {
    closeAll: async () => {
      await Promise.all([...openAdapters].map((adapter) => adapter.dispose().catch(() => undefined)));
      openAdapters.clear();
    },
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => {
      const adapter = await main.connect();
      restoreCharColumnTypes(adapter);
      runScriptsWhole(adapter);
      openAdapters.add(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runAdminStatement(config, `CREATE DATABASE "${database}"`);
      const adapter = await new PrismaPg({ ...config, database }).connect();
      restoreCharColumnTypes(adapter);
      runScriptsWhole(adapter);
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await runAdminStatement(config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
};

const withEngine = async <T>(databaseUrl: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> => {
  const { SchemaEngine: Engine } = await loadBindings();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const adapterFactory = createAdapterFactory(toPoolConfig(databaseUrl));
  const engine = await Engine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await adapterFactory.closeAll();
  }
};

export const readMigrationList = async (): Promise<MigrationList> => {
  const entries = existsSync(MIGRATIONS_DIR) ? await readdir(MIGRATIONS_DIR, { withFileTypes: true }) : [];
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockfilePath = path.join(MIGRATIONS_DIR, LOCKFILE_NAME);
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: LOCKFILE_NAME,
      content: existsSync(lockfilePath) ? await readFile(lockfilePath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      directories.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
};

/** Applies pending migrations, as `prisma migrate deploy` does; returns the names it applied. */
export const applyMigrations = async (databaseUrl: string): Promise<string[]> => {
  const migrationsList = await readMigrationList();
  return withEngine(databaseUrl, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return output.appliedMigrationNames;
  });
};

/**
 * SQL that takes a database built from the committed migrations to what schema.prisma describes; empty when
 * the two agree. The engine replays the migrations in a temporary shadow database on the same server.
 */
export const diffMigrationsToSchema = async (databaseUrl: string): Promise<string> => {
  const migrationsList = await readMigrationList();
  const schema = await readFile(SCHEMA_PATH, "utf8");
  return withEngine(databaseUrl, async (engine) => {
    const from =
      migrationsList.migrationDirectories.length > 0
        ? ({ tag: "migrations", ...migrationsList } as const)
        : ({ tag: "empty" } as const);
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = result.stdout ?? "";
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? "" : sql;
  });
};
