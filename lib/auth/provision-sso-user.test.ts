import { expect, test } from "vitest";
import { db } from "@/lib/db";
import { provisionSsoUser } from "./provision-sso-user";

test("first SSO sign-in creates the user with the role its groups map to", async () => {
  const user = await provisionSsoUser({ email: "Lucia@BMC.com.co", name: "Lucía", groups: ["BMC-Operator"] });
  expect(user).toMatchObject({ user: { email: "lucia@bmc.com.co", role: "OPERATOR" } });
  const stored = await db.user.findUniqueOrThrow({ where: { email: "lucia@bmc.com.co" }, omit: { passwordHash: false } });
  expect(stored.passwordHash).toBeNull();
});

test("the role follows the IdP groups on every sign-in", async () => {
  expect(await provisionSsoUser({ email: "lucia@bmc.com.co", name: "Lucía", groups: ["BMC-Viewer"] })).toMatchObject({
    user: { role: "VIEWER" },
  });
});

test("no mapped group means no access, and no user is created", async () => {
  expect(await provisionSsoUser({ email: "nadie@bmc.com.co", name: "Nadie", groups: ["Contabilidad"] })).toEqual({
    refusal: "sin-grupo",
  });
  expect(await db.user.findUnique({ where: { email: "nadie@bmc.com.co" } })).toBeNull();
});

test("a deactivated user is refused even with a valid group", async () => {
  await db.user.update({ where: { email: "lucia@bmc.com.co" }, data: { active: false } });
  expect(await provisionSsoUser({ email: "lucia@bmc.com.co", name: "Lucía", groups: ["BMC-Admin"] })).toEqual({
    refusal: "desactivado",
  });
});
