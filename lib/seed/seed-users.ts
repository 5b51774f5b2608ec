import bcrypt from "bcryptjs";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TRole } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { DEMO_USERS, type DemoCredential } from "./demo-users";

export const BCRYPT_COST = 12;

/** Creates each missing demo user with its password hashed; existing users (and their passwords) are left alone. */
export const seedUsers = async (passwords: Record<TRole, string>): Promise<DemoCredential[]> => {
  const created: DemoCredential[] = [];
  for (const demoUser of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: demoUser.email }, select: { id: true } });
    if (existing) continue;
    const password = passwords[demoUser.role];
    const user = await db.$transaction(async (tx) => {
      const createdUser = await tx.user.create({
        data: { ...demoUser, passwordHash: await bcrypt.hash(password, BCRYPT_COST) },
      });
      await recordAuditEvent({
        tx,
        actor: null,
        action: "user.created",
        entityType: "User",
        entityId: createdUser.id,
        after: { email: createdUser.email, role: createdUser.role, source: "seed" },
      });
      return createdUser;
    });
    created.push({ ...demoUser, email: user.email, password });
  }
  return created;
};
