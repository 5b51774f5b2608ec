import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedClassifications } from "@/lib/seed/seed-classifications";
import { COP_NUMBER_FORMAT } from "./build-report-xlsx";
import { exportReport } from "./export-report";
import { ZReportQuery } from "./schemas";
import { insertReportCommission } from "./testing/insert-report-commission";

const EVIL_NAME = '=HYPERLINK("http://evil.example","clic")';

beforeAll(async () => {
  await seedClassifications();
  const operator = await db.user.create({ data: { email: "op@export.test", name: "@Operadora", role: "OPERATOR" } });
  const evil = await db.organization.create({ data: { nit: "900300001", dv: "1", name: EVIL_NAME } });
  const plain = await db.organization.create({ data: { nit: "900300002", dv: "2", name: "Cafetera Ñame; \"La Única\"" } });
  await insertReportCommission({
    registeredOn: "2026-03-31", supplierId: evil.id, customerId: plain.id, operatorId: operator.id, invoiceTotal: "1234567.89",
    lines: [{ classificationCode: "0901.11", lineAmount: "1234567.89", feeAmount: "3703.70", commissionAmount: "1851.85", withholdingAvoided: "18518.52" }],
  });
  await insertReportCommission({
    registeredOn: "2026-04-01", supplierId: plain.id, customerId: evil.id, operatorId: operator.id, invoiceTotal: "500000.00",
    lines: [{ classificationCode: "0102.29", lineAmount: "500000.00", feeAmount: "1500.00", commissionAmount: "750.00", withholdingAvoided: "7500.00" }],
  });
});

const query = (dimension: "supplier" | "period" | "operator") =>
  ZReportQuery.parse({ dimension, from: "2026-01-01", to: "2026-12-31", limit: 1 });

describe("exportReport CSV", () => {
  it("writes UTF-8 with a BOM, `;` separators, decimal-comma amounts, and defuses formulas", async () => {
    const file = await exportReport({ query: query("supplier"), format: "csv" });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.filename).toBe("reporte-supplier-2026-01-01-a-2026-12-31.csv");
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.body.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe("Proveedor;Código / id;Facturas;Valor registrado;Valor elegible;Tarifa BMC;Comisión;Retención evitada");
    // The export ignores the page size: every supplier, the formula-looking one quoted and prefixed.
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""clic""\) \(NIT 900300001-1\)";[0-9a-f-]{36};1;1234567,89;1234567,89;3703,70;1851,85;18518,52$/);
    expect(lines[2]).toMatch(/^"Cafetera Ñame; ""La Única"" \(NIT 900300002-2\)";[0-9a-f-]{36};1;500000,00;/);
    expect(lines[3]).toBe("Total;;2;1734567,89;1734567,89;5203,70;2601,85;26018,52");
    expect(lines[4]).toBe("");
  });

  it("prefixes operator names that start with @", async () => {
    const file = await exportReport({ query: query("operator"), format: "csv" });
    expect(file.body.toString("utf8").split("\r\n")[1]).toMatch(/^'@Operadora;/);
  });
});

describe("exportReport XLSX", () => {
  const readBack = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Reporte");
    if (!sheet) throw new Error("Sin hoja Reporte");
    return sheet;
  };

  it("writes amounts as numbers with the COP format and text formulas as plain strings", async () => {
    const file = await exportReport({ query: query("supplier"), format: "xlsx" });
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheet = await readBack(file.body);
    expect(sheet.getCell("A1").value).toBe("Reporte: Proveedor, 01/01/2026 a 31/12/2026");
    expect(sheet.getRow(2).values).toEqual([undefined, "Proveedor", "Código / id", "Facturas", "Valor registrado", "Valor elegible", "Tarifa BMC", "Comisión", "Retención evitada"]);
    const evil = sheet.getCell("A3");
    expect(evil.type).toBe(ExcelJS.ValueType.String);
    expect(evil.value).toBe(`'${EVIL_NAME} (NIT 900300001-1)`);
    expect(sheet.getCell("C3").value).toBe(1);
    for (const column of ["D", "E", "F", "G", "H"]) {
      expect(sheet.getCell(`${column}3`).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell(`${column}3`).numFmt).toBe(COP_NUMBER_FORMAT);
    }
    expect(sheet.getCell("D3").value).toBe(1234567.89);
    expect(sheet.getCell("A5").value).toBe("Total");
    expect(sheet.getCell("D5").value).toBe(1734567.89);
    expect(sheet.getCell("F5").value).toBe(5203.7);
  });

  it("writes period starts as dates", async () => {
    const sheet = await readBack((await exportReport({ query: query("period"), format: "xlsx" })).body);
    expect(sheet.getCell("A3").value).toBe("marzo de 2026");
    expect(sheet.getCell("B3").type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell("B3").value).toEqual(new Date("2026-03-01T00:00:00Z"));
    expect(sheet.getCell("B4").value).toEqual(new Date("2026-04-01T00:00:00Z"));
    expect(sheet.getCell("B3").numFmt).toBe("dd/mm/yyyy");
  });
});
