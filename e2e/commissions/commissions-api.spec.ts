import { expect, test } from "@playwright/test";
import type { TRole } from "@/lib/auth/schemas";
import { ZCommissionDetail, ZRuleSetInForce } from "@/lib/commissions/schemas";
import { createApprovedInvoice } from "@/lib/testing/create-approved-invoice";
import { apiSignIn } from "../fixtures/authentication";
import { useE2eDatabase } from "../fixtures/database";

type Caller = TRole | "ANONYMOUS";

test.beforeAll(() => useE2eDatabase());

const approvedInvoice = () =>
  createApprovedInvoice({
    lines: [
      { lineAmount: "48000000.00", classificationCode: "0901.11", eligibility: "FIRST_TRANSFORMATION", category: "Café" },
      { lineAmount: "2000000.00", classificationCode: null },
    ],
  });

for (const caller of ["ANONYMOUS", "VIEWER", "OPERATOR", "ADMIN"] as const satisfies readonly Caller[]) {
  test(`[COMMISSIONS_API]: calculate, read and current rules as ${caller}`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    if (caller !== "ANONYMOUS") await apiSignIn(request, caller);
    const invoice = await approvedInvoice();
    const staff = caller === "ADMIN" || caller === "OPERATOR";
    const denied = caller === "ANONYMOUS" ? 401 : 403;

    const calculated = await request.post("/api/commissions/calculate", { data: { invoiceId: invoice.id } });
    expect(calculated.status()).toBe(staff ? 200 : denied);
    const read = await request.get(`/api/commissions/${invoice.id}`);
    expect(read.status()).toBe(staff ? 200 : denied);
    const rules = await request.get("/api/commissions/rules/current");
    expect(rules.status()).toBe(caller === "ANONYMOUS" ? 401 : 200);
    if (caller !== "ANONYMOUS") expect(ZRuleSetInForce.parse(await rules.json()).version).toBeGreaterThanOrEqual(1);

    if (staff) {
      const first = ZCommissionDetail.parse(await calculated.json());
      expect(first).toMatchObject({ eligibleAmount: "48000000.00", excludedAmount: "2000000.00", feeAmount: "144000.00" });
      expect(first.breakdown.lines[1]?.excludedReason).toBe("PRODUCT_NOT_MATCHED");
      // A repeat is answered with the same stored commission, never a second one.
      const again = await request.post("/api/commissions/calculate", { data: { invoiceId: invoice.id } });
      expect(ZCommissionDetail.parse(await again.json())).toEqual(first);
      expect(ZCommissionDetail.parse(await read.json())).toEqual(first);
    }
    await request.dispose();
  });
}

test("[COMMISSIONS_API]: bad requests get stable codes", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  await apiSignIn(request, "OPERATOR");
  const cases = [
    { data: { invoiceId: "no-es-uuid" }, status: 422, code: "INVALID_INPUT" },
    { data: { invoiceId: crypto.randomUUID() }, status: 404, code: "NOT_FOUND" },
  ];
  for (const { data, status, code } of cases) {
    const response = await request.post("/api/commissions/calculate", { data });
    expect(response.status()).toBe(status);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
  }
  const tooOld = await createApprovedInvoice({ issueDate: "2026-01-05", lines: [{ lineAmount: "100.00", classificationCode: "0901.11" }] });
  const refused = await request.post("/api/commissions/calculate", { data: { invoiceId: tooOld.id } });
  expect(refused.status()).toBe(422);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("INVOICE_TOO_OLD");
  const missing = await request.get(`/api/commissions/${tooOld.id}`);
  expect(missing.status()).toBe(404);
  await request.dispose();
});
