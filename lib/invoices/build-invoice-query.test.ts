import { describe, expect, it } from "vitest";
import { buildInvoiceOrderBy, buildInvoiceWhere } from "./build-invoice-query";
import { toInvoiceSearchParams } from "./invoice-search-params";
import { ZFindInvoicesQuery, ZInvoiceFilters } from "./schemas";

const SUPPLIER = "0b7e7c9e-4a53-4e8e-9d53-5b7d2f0d1a11";
const BATCH = "6f1c5c3a-2b8e-4d4f-8a51-0c9b1f3e2d22";

describe("inbox filters → query", () => {
  it("parses a full query string and writes it back unchanged (a view is one canonical link)", () => {
    const params = {
      status: "FAILED,NEEDS_REVIEW",
      confidence: "media",
      supplier: "Agro",
      issuedFrom: "2026-01-01",
      issuedTo: "2026-06-30",
      totalMin: "1000000.50",
      totalMax: "2500000",
      source: "PDF",
      batch: BATCH,
      sort: "total",
      order: "asc",
      page: "3",
      pageSize: "50",
    };
    const query = ZFindInvoicesQuery.parse(params);
    expect(query).toMatchObject({ status: ["FAILED", "NEEDS_REVIEW"], page: 3, pageSize: 50, sort: "total", order: "asc" });
    expect(ZFindInvoicesQuery.parse({})).toEqual({ page: 1, pageSize: 25, order: "desc" });
    expect(toInvoiceSearchParams(query)).toEqual(params);
  });

  it("leaves defaults out of the link and de-duplicates statuses", () => {
    expect(toInvoiceSearchParams(ZFindInvoicesQuery.parse({}))).toEqual({});
    expect(toInvoiceSearchParams(ZFindInvoicesQuery.parse({ status: "FAILED,FAILED", sort: "createdAt", order: "desc", page: "1" }))).toEqual({ status: "FAILED" });
  });

  it("refuses unknown statuses, sort fields outside the whitelist, inexact amounts and reversed ranges", () => {
    expect(ZInvoiceFilters.safeParse({ status: "FAILED,BORRADA" }).success).toBe(false);
    expect(ZInvoiceFilters.safeParse({ sort: "storageKey" }).success).toBe(false);
    expect(ZInvoiceFilters.safeParse({ totalMin: "1.000,50" }).success).toBe(false);
    expect(ZInvoiceFilters.safeParse({ totalMin: "10.505" }).success).toBe(false);
    expect(ZInvoiceFilters.safeParse({ totalMin: "900", totalMax: "100" }).error?.issues[0]?.path).toEqual(["totalMin"]);
    expect(ZInvoiceFilters.safeParse({ issuedFrom: "2026-02-01", issuedTo: "2026-01-31" }).error?.issues[0]?.path).toEqual(["issuedFrom"]);
    // Compared as decimals, not as text: "900" < "1000.00".
    expect(ZInvoiceFilters.safeParse({ totalMin: "900", totalMax: "1000.00" }).success).toBe(true);
  });

  it("builds one AND-ed where from every filter, with the confidence band's exact bounds", () => {
    const filters = ZInvoiceFilters.parse({
      status: "FAILED,NEEDS_REVIEW",
      confidence: "media",
      supplier: "Agro",
      issuedFrom: "2026-01-01",
      issuedTo: "2026-06-30",
      totalMin: "1000000.50",
      source: "IMAGE",
      batch: BATCH,
    });
    expect(buildInvoiceWhere({ filters, supplierIds: [SUPPLIER] })).toEqual({
      status: { in: ["FAILED", "NEEDS_REVIEW"] },
      confidence: { gte: "0.7", lt: "0.9" },
      supplierId: { in: [SUPPLIER] },
      issueDate: { gte: new Date("2026-01-01T00:00:00Z"), lte: new Date("2026-06-30T00:00:00Z") },
      total: { gte: "1000000.50" },
      sourceType: "IMAGE",
      batchId: BATCH,
    });
    expect(buildInvoiceWhere({ filters: ZInvoiceFilters.parse({ status: "FAILED", confidence: "alta" }) })).toEqual({ status: "FAILED", confidence: { gte: "0.9" } });
    expect(buildInvoiceWhere({ filters: ZInvoiceFilters.parse({ confidence: "baja", totalMax: "5" }) })).toEqual({ confidence: { lt: "0.7" }, total: { lte: "5" } });
    expect(buildInvoiceWhere({ filters: ZInvoiceFilters.parse({}) })).toEqual({});
  });

  it("sorts by the chosen field with the id as tie-breaker; by default the upload time, or the issue date under a date range", () => {
    expect(buildInvoiceOrderBy({ sort: "total", order: "asc" })).toEqual([{ total: "asc" }, { id: "asc" }]);
    expect(buildInvoiceOrderBy(ZInvoiceFilters.parse({}))).toEqual([{ createdAt: "desc" }, { id: "desc" }]);
    expect(buildInvoiceOrderBy(ZInvoiceFilters.parse({ issuedTo: "2025-01-31" }))).toEqual([{ issueDate: "desc" }, { id: "desc" }]);
    expect(buildInvoiceOrderBy(ZInvoiceFilters.parse({ issuedTo: "2025-01-31", sort: "createdAt" }))).toEqual([{ createdAt: "desc" }, { id: "desc" }]);
    // The link keeps an explicit sort only where it differs from that default.
    expect(toInvoiceSearchParams(ZInvoiceFilters.parse({ issuedTo: "2025-01-31", sort: "createdAt" }))).toEqual({ issuedTo: "2025-01-31", sort: "createdAt" });
    expect(toInvoiceSearchParams(ZInvoiceFilters.parse({ issuedTo: "2025-01-31", sort: "issueDate" }))).toEqual({ issuedTo: "2025-01-31" });
  });
});
