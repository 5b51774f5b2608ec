import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedClassifications } from "@/lib/seed/seed-classifications";
import { rebuildCommissionSummaries } from "./rebuild-commission-summaries";
import { runReport } from "./run-report";
import { ZReportQuery, type TReportQueryInput } from "./schemas";
import { insertReportCommission } from "./testing/insert-report-commission";

const ids = { opAna: "", opBeto: "", supA: "", supB: "", supC: "", cusX: "", cusY: "" };

const report = (input: Omit<TReportQueryInput, "from" | "to"> & { from?: string; to?: string }) =>
  runReport({ query: ZReportQuery.parse({ from: "2025-01-01", to: "2026-12-31", ...input }) });

beforeAll(async () => {
  await seedClassifications();
  const user = (name: string) =>
    db.user.create({ data: { email: `${name.toLowerCase()}@reportes.test`, name, role: "OPERATOR" } }).then((row) => row.id);
  const org = (nit: string, name: string) => db.organization.create({ data: { nit, dv: "7", name } }).then((row) => row.id);
  ids.opAna = await user("Ana");
  ids.opBeto = await user("Beto");
  ids.supA = await org("900100001", "Finca A");
  ids.supB = await org("900100002", "Finca B");
  ids.supC = await org("900100003", "Finca C");
  ids.cusX = await org("800200001", "Comprador X");
  ids.cusY = await org("800200002", "Comprador Y");
  // Registered on the last day of January (Bogotá calendar): January, never February.
  await insertReportCommission({
    registeredOn: "2026-01-31", supplierId: ids.supA, customerId: ids.cusX, operatorId: ids.opAna, invoiceTotal: "1190000.00",
    lines: [
      { classificationCode: "0901.11", lineAmount: "1000000.00", feeAmount: "3000.00", commissionAmount: "1500.00", withholdingAvoided: "15000.00" },
      { classificationCode: null, lineAmount: "100000.00", excludedReason: "NOT_MATCHED" },
    ],
  });
  await insertReportCommission({
    registeredOn: "2026-02-01", supplierId: ids.supA, customerId: ids.cusY, operatorId: ids.opBeto, invoiceTotal: "500000.00",
    lines: [
      { classificationCode: "0102.29", lineAmount: "400000.00", feeAmount: "1200.00", commissionAmount: "600.00", withholdingAvoided: "6000.00" },
      { classificationCode: "0901.11", lineAmount: "100000.00", feeAmount: "300.00", commissionAmount: "150.00", withholdingAvoided: "1500.00" },
    ],
  });
  await insertReportCommission({
    registeredOn: "2026-02-15", supplierId: ids.supB, customerId: ids.cusX, operatorId: ids.opAna, invoiceTotal: "2000000.55",
    lines: [
      { classificationCode: "0102.29", lineAmount: "1800000.50", feeAmount: "5400.00", commissionAmount: "2700.00", withholdingAvoided: "27000.01" },
    ],
  });
  await insertReportCommission({
    registeredOn: "2025-12-31", supplierId: ids.supC, customerId: ids.cusY, operatorId: ids.opBeto, invoiceTotal: "300000.00",
    lines: [
      { classificationCode: "0701.90", lineAmount: "300000.00", feeAmount: "900.00", commissionAmount: "450.00", withholdingAvoided: "4500.00" },
    ],
  });
  await insertReportCommission({
    registeredOn: "2026-03-10", supplierId: null, customerId: ids.cusX, operatorId: ids.opAna, invoiceTotal: "250000.00",
    lines: [
      { classificationCode: "0701.90", lineAmount: "250000.00", feeAmount: "750.00", commissionAmount: "375.00", withholdingAvoided: "3750.00" },
    ],
  });
});

describe("runReport by period", () => {
  it("groups by Bogotá month with exact sums; the 31st of January stays in January", async () => {
    const result = await report({ dimension: "period", granularity: "month" });
    expect(result.basis).toBe("invoice");
    expect(result.rows.map((row) => [row.key, row.label, row.invoices, row.registeredValue, row.feeAmount])).toEqual([
      ["2025-12-01", "diciembre de 2025", 1, "300000.00", "900.00"],
      ["2026-01-01", "enero de 2026", 1, "1190000.00", "3000.00"],
      ["2026-02-01", "febrero de 2026", 2, "2500000.55", "6900.00"],
      ["2026-03-01", "marzo de 2026", 1, "250000.00", "750.00"],
    ]);
    expect(result.rows[2]).toMatchObject({
      eligibleValue: "2300000.50", commissionAmount: "3450.00", withholdingAvoided: "34500.01",
    });
    expect(result.total).toEqual({
      invoices: 5, registeredValue: "4240000.55", eligibleValue: "3850000.50", feeAmount: "11550.00",
      commissionAmount: "5775.00", withholdingAvoided: "57750.01",
    });
    expect(result.others).toBeNull();
  });

  it("groups by quarter and year", async () => {
    const quarters = await report({ dimension: "period", granularity: "quarter" });
    expect(quarters.rows.map((row) => [row.label, row.invoices, row.registeredValue])).toEqual([
      ["T4 2025", 1, "300000.00"],
      ["T1 2026", 4, "3940000.55"],
    ]);
    const years = await report({ dimension: "period", granularity: "year" });
    expect(years.rows.map((row) => [row.label, row.invoices])).toEqual([["2025", 1], ["2026", 4]]);
  });

  it("includes both ends of the date range and nothing outside it", async () => {
    const result = await report({ dimension: "period", granularity: "day", from: "2026-02-01", to: "2026-02-15" });
    expect(result.rows.map((row) => [row.label, row.registeredValue])).toEqual([
      ["01/02/2026", "500000.00"],
      ["15/02/2026", "2000000.55"],
    ]);
    const empty = await report({ dimension: "period", from: "2026-02-02", to: "2026-02-14" });
    expect(empty.rows).toEqual([]);
    expect(empty.total).toMatchObject({ invoices: 0, registeredValue: "0.00" });
  });

  it("filters by supplier, customer and classification", async () => {
    const bySupplier = await report({ dimension: "period", supplierId: ids.supA });
    expect(bySupplier.total).toMatchObject({ invoices: 2, registeredValue: "1690000.00", feeAmount: "4500.00" });
    const both = await report({ dimension: "period", supplierId: ids.supA, customerId: ids.cusY });
    expect(both.total).toMatchObject({ invoices: 1, registeredValue: "500000.00" });
    const byClassification = await report({ dimension: "period", classificationCode: "0901.11" });
    expect(byClassification.basis).toBe("line");
    expect(byClassification.rows.map((row) => [row.label, row.invoices, row.registeredValue, row.feeAmount])).toEqual([
      ["enero de 2026", 1, "1000000.00", "3000.00"],
      ["febrero de 2026", 1, "100000.00", "300.00"],
    ]);
  });
});

describe("runReport by classification, parties and operator", () => {
  it("sums lines per DIAN classification, excluded lines count as registered but not eligible", async () => {
    const result = await report({ dimension: "classification" });
    expect(result.basis).toBe("line");
    expect(result.rows.map((row) => [row.key, row.invoices, row.registeredValue, row.eligibleValue, row.feeAmount])).toEqual([
      ["0102.29", 2, "2200000.50", "2200000.50", "6600.00"],
      ["0901.11", 2, "1100000.00", "1100000.00", "3300.00"],
      ["0701.90", 2, "550000.00", "550000.00", "1650.00"],
      [null, 1, "100000.00", "0.00", "0.00"],
    ]);
    expect(result.rows[0]?.label).toBe("0102.29 · Bovinos vivos (ganado en pie)");
    expect(result.rows[3]?.label).toBe("Sin clasificación");
    expect(result.total).toMatchObject({ registeredValue: "3950000.50", feeAmount: "11550.00", withholdingAvoided: "57750.01" });
  });

  it("gives the same classification figures from the summaries and from the lines", async () => {
    const fromSummary = await report({ dimension: "classification" });
    const [fromX, fromY] = await Promise.all([
      report({ dimension: "classification", customerId: ids.cusX }),
      report({ dimension: "classification", customerId: ids.cusY }),
    ]);
    const combined = new Map<string | null, string>();
    for (const row of [...fromX.rows, ...fromY.rows]) {
      combined.set(row.key, (Number(combined.get(row.key) ?? 0) + Number(row.feeAmount)).toFixed(2));
    }
    expect(Object.fromEntries(fromSummary.rows.map((row) => [String(row.key), row.feeAmount]))).toEqual(
      Object.fromEntries([...combined].map(([key, fee]) => [String(key), fee])),
    );
  });

  it("ranks suppliers by registered value; the page plus Otros equals the total", async () => {
    const top = await report({ dimension: "supplier", limit: 2 });
    expect(top.groupCount).toBe(4);
    expect(top.rows.map((row) => [row.label, row.registeredValue])).toEqual([
      ["Finca B (NIT 900100002-7)", "2000000.55"],
      ["Finca A (NIT 900100001-7)", "1690000.00"],
    ]);
    expect(top.others).toEqual({
      invoices: 2, registeredValue: "550000.00", eligibleValue: "550000.00", feeAmount: "1650.00",
      commissionAmount: "825.00", withholdingAvoided: "8250.00",
    });
    const sumOf = (field: "registeredValue" | "feeAmount") =>
      [...top.rows.map((row) => row[field]), top.others?.[field] ?? "0"].reduce((total, value) => total + Math.round(Number(value) * 100), 0);
    expect(sumOf("registeredValue")).toBe(Math.round(Number(top.total.registeredValue) * 100));
    expect(sumOf("feeAmount")).toBe(Math.round(Number(top.total.feeAmount) * 100));

    const secondPage = await report({ dimension: "supplier", limit: 2, offset: 2 });
    expect(secondPage.rows.map((row) => row.label)).toEqual(["Finca C (NIT 900100003-7)", "Sin proveedor"]);
    expect(secondPage.others).toBeNull();
  });

  it("adds whole months from the party summaries and the ragged edge days from the commissions", async () => {
    const result = await report({ dimension: "supplier", from: "2025-12-15", to: "2026-02-10" });
    expect(result.rows.map((row) => [row.label, row.invoices, row.registeredValue, row.withholdingAvoided])).toEqual([
      ["Finca A (NIT 900100001-7)", 2, "1690000.00", "22500.00"],
      ["Finca C (NIT 900100003-7)", 1, "300000.00", "4500.00"],
    ]);
    const oneDay = await report({ dimension: "operator", from: "2026-02-15", to: "2026-02-15" });
    expect(oneDay.rows.map((row) => [row.label, row.feeAmount])).toEqual([["Ana", "5400.00"]]);
    const wholeQuarter = await report({ dimension: "customer", from: "2026-01-01", to: "2026-03-31" });
    expect(wholeQuarter.rows.map((row) => [row.label, row.invoices, row.registeredValue])).toEqual([
      ["Comprador X (NIT 800200001-7)", 3, "3440000.55"],
      ["Comprador Y (NIT 800200002-7)", 1, "500000.00"],
    ]);
  });

  it("groups by customer and operator, and by supplier within one classification", async () => {
    const customers = await report({ dimension: "customer" });
    expect(customers.rows.map((row) => [row.label, row.invoices, row.registeredValue])).toEqual([
      ["Comprador X (NIT 800200001-7)", 3, "3440000.55"],
      ["Comprador Y (NIT 800200002-7)", 2, "800000.00"],
    ]);
    const operators = await report({ dimension: "operator" });
    expect(operators.rows.map((row) => [row.label, row.invoices, row.commissionAmount])).toEqual([
      ["Ana", 3, "4575.00"],
      ["Beto", 2, "1200.00"],
    ]);
    const coffee = await report({ dimension: "supplier", classificationCode: "0901.11" });
    expect(coffee.rows.map((row) => [row.label, row.invoices, row.registeredValue])).toEqual([
      ["Finca A (NIT 900100001-7)", 2, "1100000.00"],
    ]);
  });

  it("rebuilding the summaries from the rows gives the figures kept incrementally", async () => {
    const reports = () =>
      Promise.all([
        report({ dimension: "classification" }),
        report({ dimension: "period", granularity: "day" }),
        report({ dimension: "supplier", from: "2025-12-01", to: "2026-02-28" }),
        report({ dimension: "operator" }),
      ]);
    const before = await reports();
    // Supplier 13 + customer 11 + operator 11 distinct (party, month|quarter|year) rows for the five commissions.
    expect(await db.commissionPartySummary.count()).toBe(35);
    await rebuildCommissionSummaries();
    const after = await reports();
    expect(await db.commissionPartySummary.count()).toBe(35);
    expect(after).toEqual(before);
  });
});

describe("ZReportQuery", () => {
  it("refuses impossible dates, reversed ranges and malformed filters", () => {
    expect(ZReportQuery.safeParse({ from: "2026-02-30", to: "2026-03-01" }).success).toBe(false);
    expect(ZReportQuery.safeParse({ from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(ZReportQuery.safeParse({ from: "2026-01-01", to: "2026-03-01", supplierId: "1; DROP TABLE" }).success).toBe(false);
    expect(ZReportQuery.safeParse({ from: "2026-01-01", to: "2026-03-01", classificationCode: "' OR 1=1" }).success).toBe(false);
    expect(ZReportQuery.safeParse({ from: "2000-01-01", to: "2026-03-01" }).success).toBe(false);
    expect(ZReportQuery.parse({ from: "2026-01-01", to: "2026-03-01", limit: "20" })).toMatchObject({
      dimension: "period", granularity: "month", limit: 20, offset: 0,
    });
  });
});
