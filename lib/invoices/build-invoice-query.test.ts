import { describe, expect, it } from "vitest";
import { buildInvoiceOrderBySql, buildInvoiceWhereSql } from "./build-invoice-query";
import { toInvoiceSearchParams } from "./invoice-search-params";
import { ZFindInvoicesQuery, ZInvoiceFilters } from "./schemas";

const SUPPLIER = "0b7e7c9e-4a53-4e8e-9d53-5b7d2f0d1a11";
const BATCH = "6f1c5c3a-2b8e-4d4f-8a51-0c9b1f3e2d22";
const EVERY_FILTER = {
  status: "FAILED,NEEDS_REVIEW",
  confidence: "media",
  supplier: "Agro",
  issuedFrom: "2026-01-01",
  issuedTo: "2026-06-30",
  totalMin: "1000000.50",
  batch: BATCH,
};

describe("inbox filters → query", () => {
  it("parses a full query string and writes it back unchanged (a view is one canonical link)", () => {
    const params = { ...EVERY_FILTER, totalMax: "2500000", source: "PDF", sort: "total", order: "asc", page: "3", pageSize: "50" };
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

  it("builds one AND-ed WHERE from every filter, values as parameters, with the confidence band's exact bounds", () => {
    const filters = ZInvoiceFilters.parse({ ...EVERY_FILTER, source: "IMAGE" });
    const where = buildInvoiceWhereSql({ filters, supplierIds: [SUPPLIER] });
    expect(where.sql).toBe(
      'WHERE i.status = ANY(?::"InvoiceStatus"[]) AND i.confidence >= ?::numeric AND i.confidence < ?::numeric AND i."supplierId" = ANY(?::uuid[])' +
        ' AND i."issueDate" >= ?::date AND i."issueDate" <= ?::date AND i.total >= ?::numeric AND i."sourceType" = ?::"SourceType" AND i."batchId" = ?::uuid',
    );
    expect(where.values).toEqual([["FAILED", "NEEDS_REVIEW"], "0.7", "0.9", [SUPPLIER], "2026-01-01", "2026-06-30", "1000000.50", "IMAGE", BATCH]);
    expect(buildInvoiceWhereSql({ filters: ZInvoiceFilters.parse({ confidence: "alta" }) }).values).toEqual(["0.9"]);
    expect(buildInvoiceWhereSql({ filters: ZInvoiceFilters.parse({ confidence: "baja", totalMax: "5" }) }).sql).toBe("WHERE i.confidence < ?::numeric AND i.total <= ?::numeric");
    expect(buildInvoiceWhereSql({ filters: ZInvoiceFilters.parse({}) }).sql).toBe("");
    // A supplier search that matched nobody still filters (to nothing), it never widens to every invoice.
    expect(buildInvoiceWhereSql({ filters: ZInvoiceFilters.parse({ supplier: "Nadie" }), supplierIds: [] }).values).toEqual([[]]);
  });

  it("sorts by the chosen field with the id as tie-breaker; by default the upload time, or the issue date under a date range", () => {
    expect(buildInvoiceOrderBySql({ sort: "total", order: "asc" }).sql).toBe("ORDER BY i.total ASC, i.id ASC");
    expect(buildInvoiceOrderBySql(ZInvoiceFilters.parse({})).sql).toBe('ORDER BY i."createdAt" DESC, i.id DESC');
    expect(buildInvoiceOrderBySql(ZInvoiceFilters.parse({ issuedTo: "2025-01-31" })).sql).toBe('ORDER BY i."issueDate" DESC, i.id DESC');
    expect(buildInvoiceOrderBySql(ZInvoiceFilters.parse({ issuedTo: "2025-01-31", sort: "createdAt" })).sql).toBe('ORDER BY i."createdAt" DESC, i.id DESC');
    // The link keeps an explicit sort only where it differs from that default.
    expect(toInvoiceSearchParams(ZInvoiceFilters.parse({ issuedTo: "2025-01-31", sort: "createdAt" }))).toEqual({ issuedTo: "2025-01-31", sort: "createdAt" });
    expect(toInvoiceSearchParams(ZInvoiceFilters.parse({ issuedTo: "2025-01-31", sort: "issueDate" }))).toEqual({ issuedTo: "2025-01-31" });
  });
});
