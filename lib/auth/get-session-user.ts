import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db";
import { getAuthOptions } from "./auth-options";
import type { TSessionUser } from "./schemas";

/**
 * The signed-in user as the database sees them now: a role changed or an account deactivated by an Admin takes
 * effect on the next request, not when the token expires. Null when signed out or deactivated, and for a session
 * signed in before the user's last deactivation (reactivating them does not revive it).
 */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, active: true, sessionsValidFrom: true },
  });
  if (!user?.active) return null;
  const signedInAt = session.user?.signedInAt ?? 0;
  if (user.sessionsValidFrom && signedInAt < user.sessionsValidFrom.getTime()) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});
