import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TSessionUser } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZUserListItem, type TUserListItem } from "./schemas";

export type SetUserActiveOptions = { userId: string; active: boolean; actor: Pick<TSessionUser, "id" | "email"> };

/**
 * An Admin activates or deactivates a user, audited. A deactivated user is refused from their next request on
 * (lib/auth/get-session-user.ts reads `active` every time) and at their next SSO sign-in, whatever the IdP says;
 * once reactivated they must sign in again.
 */
export const setUserActive = async ({ userId, active, actor }: SetUserActiveOptions): Promise<TUserListItem> => {
  const notFound = new AppError("NOT_FOUND", { message: "Usuario no encontrado." });
  if (!z.uuid().safeParse(userId).success) throw notFound;
  // An Admin who locked themselves out could leave the installation with no one able to undo it.
  if (userId === actor.id && !active) throw new AppError("CONFLICT", { message: "No puede desactivar su propio usuario." });
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
    if (!before) throw notFound;
    // Ending every session at deactivation (not only refusing them while inactive) keeps them ended after reactivation.
    const user = await tx.user.update({ where: { id: userId }, data: active ? { active } : { active, sessionsValidFrom: new Date() } });
    await recordAuditEvent({
      actor,
      action: active ? "user.activated" : "user.deactivated",
      entityType: "User",
      entityId: userId,
      before: { active: before.active },
      after: { active },
      tx,
    });
    return ZUserListItem.parse({ ...user, lastSignInAt: user.lastSignInAt?.toISOString() ?? null });
  });
};
