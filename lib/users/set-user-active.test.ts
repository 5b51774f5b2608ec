import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/lib/testing/create-test-user";
import { setUserActive } from "./set-user-active";

test("an Admin deactivates and reactivates a user, and each change is audited", async () => {
  const admin = await createTestUser({ email: "admin-activo@bmc.test", role: "ADMIN" });
  const operator = await createTestUser({ email: "operador-activo@bmc.test", role: "OPERATOR" });
  expect(await setUserActive({ userId: operator.id, active: false, actor: admin })).toMatchObject({ id: operator.id, active: false });
  const deactivated = await db.user.findUniqueOrThrow({ where: { id: operator.id } });
  expect(deactivated.active).toBe(false);
  // Sessions signed in until now end for good (get-session-user refuses them even after reactivation).
  expect(deactivated.sessionsValidFrom?.getTime()).toBeGreaterThan(Date.now() - 60_000);
  await setUserActive({ userId: operator.id, active: true, actor: admin });
  expect((await db.user.findUniqueOrThrow({ where: { id: operator.id } })).sessionsValidFrom).toEqual(deactivated.sessionsValidFrom);
  const audit = await db.auditEvent.findMany({ where: { entityType: "User", entityId: operator.id }, orderBy: { id: "asc" } });
  expect(audit.map((event) => [event.action, event.actorId, event.after])).toEqual([
    ["user.deactivated", admin.id, { active: false }],
    ["user.activated", admin.id, { active: true }],
  ]);
});

test("an unknown id is not found, and an Admin cannot deactivate themselves", async () => {
  const admin = await createTestUser({ email: "admin-solo@bmc.test", role: "ADMIN" });
  await expect(setUserActive({ userId: "no-es-un-id", active: false, actor: admin })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(setUserActive({ userId: crypto.randomUUID(), active: false, actor: admin })).rejects.toMatchObject({ code: "NOT_FOUND" });
  await expect(setUserActive({ userId: admin.id, active: false, actor: admin })).rejects.toMatchObject({ code: "CONFLICT" });
});
