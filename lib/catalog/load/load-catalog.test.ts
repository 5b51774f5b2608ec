import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { seedClassifications } from "@/lib/seed/seed-classifications";
import { loadCatalog, type CatalogLoadProgress } from "./load-catalog";

const dir = mkdtempSync(path.join(tmpdir(), "catalog-load-"));
const HEADER = "code,name,gtin,unspsc,classification_code,category,unit_code,active\n";

const indexNames = async () =>
  (await db.$queryRaw<{ indexname: string }[]>`SELECT indexname FROM pg_indexes WHERE tablename = 'Product' ORDER BY indexname`).map((r) => r.indexname);
const foreignKeys = async () =>
  (await db.$queryRaw<{ conname: string }[]>`SELECT conname FROM pg_constraint WHERE conrelid = '"Product"'::regclass AND contype = 'f'`).map((r) => r.conname);

beforeAll(async () => {
  await seedClassifications();
});

describe("loadCatalog from a CSV export", () => {
  const file = path.join(dir, "export.csv");
  const rejectsPath = path.join(dir, "rejects.csv");
  const lines = [
    HEADER.trimEnd(), // line 1
    "A-1,Café pergamino seco excelso,7702004003508,50201706,0901.11,Café,KGM,true", // 2 ok
    '"A-2","Panela ""la buena""\tC:\\lote, caja","",,1701.13,Panela,BX,false', // 3 ok: quote, tab, backslash, comma
    '"A-3","Leche cruda', // 4-5 ok: newline inside a quoted name
    'de vaca",,,0401.10,Lácteos,LTR,', // 5
    "A-4,Arroz blanco,7702004003509,,1006.30,Cereales,KGM,true", // 6 INVALID_GTIN (check digit)
    "A-5,Arroz blanco,770200400350,,1006.30,Cereales,KGM,true", // 7 INVALID_GTIN (length)
    "A-6,,,,1006.30,Cereales,KGM,true", // 8 MISSING_FIELD
    "A-7,Cacao en grano,,,9999.99,Cacao,KGM,true", // 9 UNKNOWN_CLASSIFICATION
    "A-8,Cacao en grano,,,1801.00,Cacao,KILO,true", // 10 INVALID_UNIT
    `A-9,${"cacao ".repeat(60)},,,1801.00,Cacao,KGM,true`, // 11 FIELD_TOO_LONG
    "A-10,Cacao en grano,,,1801.00,Cacao,KGM", // 12 MALFORMED_ROW (7 columns)
    'A-11,Cacao "fino",,,1801.00,Cacao,KGM,true', // 13 MALFORMED_ROW (quote inside an unquoted field)
    "A-12,Cacao en grano,,123,1801.00,Cacao,KGM,true", // 14 INVALID_UNSPSC
    "A-13,Cacao en grano,,,1801.00,Cacao,KGM,quizá", // 15 INVALID_ACTIVE
    "A-1,Café pergamino seco repetido,,,0901.11,Café,KGM,true", // 16 DUPLICATE_CODE (in the file)
    "A-14,Tilapia roja fresca,,,0302.71,Pesca,KGM,true", // 17 ok
    "A-14,Tilapia roja fresca otra,,,0302.71,Pesca,KGM,true", // 18 DUPLICATE_CODE
    "",
  ];

  test("valid rows load, every bad row is rejected with its line, reason and fields", async () => {
    writeFileSync(file, lines.join("\n"));
    const progress: CatalogLoadProgress[] = [];
    const summary = await loadCatalog({ source: { kind: "file", path: file }, rejectsPath, chunkRows: 4, onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({ rowsRead: 16, rowsLoaded: 4, rowsRejected: 12, resumed: false, alreadyCompleted: false, rejectsPath });
    expect(summary.rejectCounts).toEqual({
      INVALID_GTIN: 2, MISSING_FIELD: 1, UNKNOWN_CLASSIFICATION: 1, INVALID_UNIT: 1, FIELD_TOO_LONG: 1, MALFORMED_ROW: 2,
      INVALID_UNSPSC: 1, INVALID_ACTIVE: 1, DUPLICATE_CODE: 2,
    });
    expect(progress.at(-1)).toMatchObject({ rowsRead: 16, rowsLoaded: 4, phase: "indexing" });

    const rejects = parse(readFileSync(rejectsPath), { columns: true }) as Record<string, string>[];
    expect(rejects.map((r) => [Number(r.position), r.reason])).toEqual([
      [6, "INVALID_GTIN"], [7, "INVALID_GTIN"], [8, "MISSING_FIELD"], [9, "UNKNOWN_CLASSIFICATION"], [10, "INVALID_UNIT"],
      [11, "FIELD_TOO_LONG"], [12, "MALFORMED_ROW"], [13, "MALFORMED_ROW"], [14, "INVALID_UNSPSC"], [15, "INVALID_ACTIVE"],
      [16, "DUPLICATE_CODE"], [18, "DUPLICATE_CODE"],
    ].map(([position, reason]) => [position, reason]));
    expect(rejects.find((r) => r.position === "13")?.raw).toBe('A-11,Cacao "fino",,,1801.00,Cacao,KGM,true');
    expect(rejects.find((r) => r.position === "16")).toMatchObject({ code: "A-1", name: "Café pergamino seco repetido", classification_code: "0901.11" });

    const products = await db.product.findMany({ orderBy: { code: "asc" }, include: { classification: true } });
    expect(products.map((p) => p.code)).toEqual(["A-1", "A-14", "A-2", "A-3"]);
    expect(products[0]).toMatchObject({ name: "Café pergamino seco excelso", normalizedName: "cafe pergamino seco excelso", gtin: "7702004003508", unitCode: "KGM" });
    expect(products[1]?.name).toBe("Tilapia roja fresca");
    expect(products[2]).toMatchObject({ name: 'Panela "la buena"\tC:\\lote, caja', gtin: null, unspsc: null, active: false });
    expect(products[3]).toMatchObject({ name: "Leche cruda\nde vaca", active: true });
    expect(products[3]?.classification.code).toBe("0401.10");
  });

  test("indexes and the foreign key are back, CatalogTerm rebuilt, the load recorded as completed", async () => {
    expect(await indexNames()).toEqual(["Product_classificationId_category_idx", "Product_code_key", "Product_gtin_idx", "Product_nameKeys_idx", "Product_pkey"]);
    expect(await foreignKeys()).toEqual(["Product_classificationId_fkey"]);
    const terms = await db.catalogTerm.findMany({ orderBy: { term: "asc" } });
    expect(terms.find((t) => t.term === "tilapia")?.documentCount).toBe(1);
    expect(terms.find((t) => t.term === "repetido")).toBeUndefined();
    const [load] = await db.catalogLoad.findMany();
    expect(load).toMatchObject({ status: "COMPLETED", sourceKind: "file" });
    expect(load?.indexSeconds).toBeGreaterThan(0);
    expect((load?.droppedIndexes as unknown[]).length).toBe(5);
  });

  test("the same export again is reported as done and not redone", async () => {
    const again = await loadCatalog({ source: { kind: "file", path: file }, rejectsPath });
    expect(again).toMatchObject({ alreadyCompleted: true, rowsLoaded: 4 });
    expect(await db.product.count()).toBe(4);
  });

  test("a code already in the catalog is a duplicate: the existing product wins", async () => {
    const second = path.join(dir, "second.csv");
    writeFileSync(second, `${HEADER}A-2,Panela reemplazo,,,1701.13,Panela,KGM,true\nB-1,Panela nueva,,,1701.13,Panela,KGM,true\n`);
    const summary = await loadCatalog({ source: { kind: "file", path: second } });
    expect(summary).toMatchObject({ rowsLoaded: 1, rowsRejected: 1, rejectCounts: { DUPLICATE_CODE: 1 } });
    expect(summary.rejectsPath).toBe(path.join(dir, "second.rejects.csv"));
    expect(readFileSync(summary.rejectsPath, "utf8")).toContain("\n2,DUPLICATE_CODE,A-2,Panela reemplazo,");
    expect((await db.product.findUniqueOrThrow({ where: { code: "A-2" } })).name).toBe('Panela "la buena"\tC:\\lote, caja');
  });

  test("a wrong header or a missing file stops the load with a Spanish message", async () => {
    const wrong = path.join(dir, "wrong.csv");
    writeFileSync(wrong, "codigo,nombre\nA,B\n");
    const loadsBefore = await db.catalogLoad.count();
    await expect(loadCatalog({ source: { kind: "file", path: wrong } })).rejects.toThrow(/encabezado/);
    // Refused before anything changed: no load recorded, every index still there.
    expect(await db.catalogLoad.count()).toBe(loadsBefore);
    expect(await indexNames()).toHaveLength(5);
    writeFileSync(wrong, "");
    await expect(loadCatalog({ source: { kind: "file", path: wrong } })).rejects.toThrow(/vacío/);
    await expect(loadCatalog({ source: { kind: "file", path: path.join(dir, "no-existe.csv") } })).rejects.toThrow(/No se encontró el archivo/);
  });
});

describe("loadCatalog from the generator", () => {
  test("loads every row with constant memory; codes shared with earlier loads are duplicates", async () => {
    const before = await db.product.count();
    const rss: number[] = [];
    const summary = await loadCatalog({
      source: { kind: "generated", rows: 150_000, seed: 3 },
      rejectsPath: path.join(dir, "generated.rejects.csv"),
      chunkRows: 10_000,
      onProgress: () => rss.push(process.memoryUsage().rss),
    });
    expect(summary).toMatchObject({ rowsRead: 150_000, rowsLoaded: 150_000, rowsRejected: 0 });
    expect(await db.product.count()).toBe(before + 150_000);
    // After the first chunks the process stops growing: rows stream through, nothing accumulates.
    const settled = rss.slice(3);
    expect(Math.max(...settled) - Math.min(...settled)).toBeLessThan(100 * 1024 * 1024);

    const overlap = await loadCatalog({ source: { kind: "generated", rows: 1000, seed: 4 }, rejectsPath: path.join(dir, "overlap.rejects.csv") });
    expect(overlap).toMatchObject({ rowsLoaded: 0, rowsRejected: 1000, rejectCounts: { DUPLICATE_CODE: 1000 } });
    const rejects = parse(readFileSync(overlap.rejectsPath), { columns: true }) as Record<string, string>[];
    expect(rejects[0]).toMatchObject({ position: "0", reason: "DUPLICATE_CODE", code: "P000000001" });
    expect(await db.product.count()).toBe(before + 150_000);
  }, 180_000);
});
