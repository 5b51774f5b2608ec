import { describe, expect, test } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { db } from "@/lib/db";
import { DIAN_CLASSIFICATIONS } from "./dian-classifications";
import { seedDatabase } from "./seed-database";

const PASSWORDS = { ADMIN: "admin-pass-1", OPERATOR: "operator-pass-1", VIEWER: "viewer-pass-1" };

describe("seedDatabase", () => {
  test("fills an empty database, then is idempotent", async () => {
    const first = await seedDatabase({ demoPasswords: PASSWORDS, catalogSize: 500 });
    expect(first.createdUsers.map((user) => user.role)).toEqual(["ADMIN", "OPERATOR", "VIEWER"]);
    expect(first.products).toBe(500);
    expect(first.createdRuleSet).toBe(true);
    expect(await db.dianClassification.count()).toBe(DIAN_CLASSIFICATIONS.length);

    const second = await seedDatabase({ demoPasswords: { ADMIN: "x", OPERATOR: "y", VIEWER: "z" }, catalogSize: 500 });
    expect(second).toMatchObject({ createdUsers: [], products: 0, createdRuleSet: false });
    expect(await db.user.count()).toBe(3);
    expect(await db.product.count()).toBe(500);
  });

  test("passwords are stored hashed and verify; the seeded rule set is published and audited", async () => {
    const users = await db.user.findMany({ omit: { passwordHash: false } });
    for (const user of users) expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyCredentials({ email: "OPERADOR@cotejo.local", password: "operator-pass-1" })).toMatchObject({
      role: "OPERATOR",
    });
    expect(await verifyCredentials({ email: "operador@cotejo.local", password: "x" })).toBeNull();

    const ruleSet = await db.commissionRuleSet.findUniqueOrThrow({ where: { version: 1 }, include: { rules: true } });
    expect(ruleSet).toMatchObject({ status: "PUBLISHED", feeRateBps: 30, maxInvoiceAgeDays: 180 });
    expect(ruleSet.feeMin.toFixed(2)).toBe("10000.00");
    const audit = await db.auditEvent.findMany({ where: { entityType: { in: ["User", "CommissionRuleSet"] } } });
    expect(audit).toHaveLength(4);
  });

  test("a deactivated user cannot sign in even with the right password", async () => {
    await db.user.update({ where: { email: "consulta@cotejo.local" }, data: { active: false } });
    expect(await verifyCredentials({ email: "consulta@cotejo.local", password: "viewer-pass-1" })).toBeNull();
  });

  test("without demo passwords (production) no users are created", async () => {
    await db.user.deleteMany();
    const result = await seedDatabase({ demoPasswords: null, catalogSize: 500 });
    expect(result.createdUsers).toEqual([]);
  });
});
