import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedClassifications } from "@/lib/seed/seed-classifications";
import { getMonthlyStatement } from "./get-monthly-statement";
import { renderStatementPdf } from "./render-statement-pdf";
import { insertReportCommission } from "./testing/insert-report-commission";

const ids = { customer: "", other: "", supplier: "", operator: "" };

const pdfText = async (bytes: Buffer) => {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl: `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return { pages: pdf.numPages, text: pages.join("\n") };
};

beforeAll(async () => {
  await seedClassifications();
  ids.operator = (await db.user.create({ data: { email: "op@statement.test", name: "Operadora", role: "OPERATOR" } })).id;
  ids.customer = (await db.organization.create({ data: { nit: "860001234", dv: "5", name: "Comercializadora Andina S.A.S." } })).id;
  ids.other = (await db.organization.create({ data: { nit: "860009999", dv: "1", name: "Otro comprador" } })).id;
  ids.supplier = (await db.organization.create({ data: { nit: "900555111", dv: "3", name: "Finca El Cafetal" } })).id;
  const commission = (registeredOn: string, customerId: string, invoiceTotal: string, invoiceNumber: string) =>
    insertReportCommission({
      registeredOn, supplierId: ids.supplier, customerId, operatorId: ids.operator, invoiceTotal, invoiceNumber,
      lines: [{ classificationCode: "0901.11", lineAmount: invoiceTotal, feeAmount: "3000.00", commissionAmount: "1500.00", withholdingAvoided: "15000.00" }],
    });
  const { invoice } = await commission("2026-01-31", ids.customer, "1000000.00", "FE-100");
  await db.certificate.create({
    data: {
      invoiceId: invoice.id, year: 2026, sequence: 7, number: "BMC-2026-000007", verificationCode: "VERIF7",
      sha256: "0".repeat(64), storageKey: "certificates/7.pdf", content: {},
    },
  });
  await commission("2026-01-02", ids.customer, "2500000.50", "FE-099");
  await commission("2026-02-01", ids.customer, "999.00", "FE-200");
  await commission("2026-01-15", ids.other, "777.00", "FE-300");
  for (let index = 0; index < 70; index += 1) await commission("2026-03-05", ids.customer, "100000.00", `FE-M${index}`);
});

describe("getMonthlyStatement", () => {
  it("lists the customer's invoices registered in the Bogotá month, with the certificate in force and exact totals", async () => {
    const statement = await getMonthlyStatement({ organizationId: ids.customer, month: "2026-01", now: new Date("2026-02-03T15:00:00Z") });
    expect(statement.organization).toEqual({ name: "Comercializadora Andina S.A.S.", nit: "860001234", dv: "5" });
    expect([statement.from, statement.to]).toEqual(["2026-01-01", "2026-01-31"]);
    expect(statement.entries.map((entry) => [entry.registeredOn, entry.invoiceNumber, entry.certificateNumber, entry.registeredValue])).toEqual([
      ["2026-01-02", "FE-099", null, "2500000.50"],
      ["2026-01-31", "FE-100", "BMC-2026-000007", "1000000.00"],
    ]);
    expect(statement.totals).toEqual({
      invoices: 2, registeredValue: "3500000.50", feeAmount: "6000.00", commissionAmount: "3000.00", withholdingAvoided: "30000.00",
    });
  });

  it("refuses an unknown organization", async () => {
    await expect(getMonthlyStatement({ organizationId: "00000000-0000-4000-8000-000000000000", month: "2026-01" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("renderStatementPdf", () => {
  it("prints the header, each invoice and the totals; the same data gives the same bytes", async () => {
    const statement = await getMonthlyStatement({ organizationId: ids.customer, month: "2026-01", now: new Date("2026-02-03T15:00:00Z") });
    const bytes = await renderStatementPdf({ statement });
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBe(1);
    for (const expected of ["Estado de cuenta mensual", "Comercializadora Andina S.A.S.", "NIT 860001234-5", "enero de 2026", "01/01/2026 a 31/01/2026",
      "31/01/2026", "FE-100", "BMC-2026-000007", "Sin certificado", "$ 2.500.000,50", "$ 3.500.000,50", "$ 30.000,00", "Página 1 de 1"]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("FE-200");
    expect((await renderStatementPdf({ statement })).equals(bytes)).toBe(true);
  });

  it("breaks a long month over pages with numbered footers, and says so when a month is empty", async () => {
    const long = await renderStatementPdf({ statement: await getMonthlyStatement({ organizationId: ids.customer, month: "2026-03" }) });
    const { pages, text } = await pdfText(long);
    expect(pages).toBe(2);
    expect(text).toContain("Página 2 de 2");
    expect(text).toContain("FE-M69");
    expect(text).toContain("$ 7.000.000,00");
    const empty = await pdfText(await renderStatementPdf({ statement: await getMonthlyStatement({ organizationId: ids.customer, month: "2025-06" }) }));
    expect(empty.text).toContain("No hay facturas registradas");

    if (process.env.STATEMENT_PNG_DIR) {
      const folder = mkdtempSync(path.join(tmpdir(), "statement-"));
      writeFileSync(path.join(folder, "statement.pdf"), long);
      execFileSync("pdftoppm", ["-png", "-r", "80", path.join(folder, "statement.pdf"), path.join(process.env.STATEMENT_PNG_DIR, "statement")]);
      expect(readdirSync(process.env.STATEMENT_PNG_DIR).length).toBeGreaterThan(0);
    }
  });
});
