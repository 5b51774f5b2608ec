import bcrypt from "bcryptjs";
import type { TRole } from "@/lib/auth/schemas";
import { db } from "@/lib/db";

export type CreateTestUserOptions = { email: string; role: TRole; password?: string };

/**
 * An active user. Without a password tests act as them through lib operations; with one they can sign in (hashed at
 * bcrypt's lowest cost: these accounts live only in test databases).
 */
export const createTestUser = async ({ email, role, password }: CreateTestUserOptions): Promise<{ id: string; email: string }> =>
  db.user.create({
    data: { email, name: email.split("@")[0] ?? email, role, ...(password ? { passwordHash: await bcrypt.hash(password, 4) } : {}) },
    select: { id: true, email: true },
  });
