import type { TRole } from "@/lib/auth/schemas";
import { db } from "@/lib/db";

export type CreateTestUserOptions = { email: string; role: TRole };

/** An active user without a password (tests act as them through lib operations, never by signing in). */
export const createTestUser = ({ email, role }: CreateTestUserOptions): Promise<{ id: string; email: string }> =>
  db.user.create({ data: { email, name: email.split("@")[0] ?? email, role }, select: { id: true, email: true } });
