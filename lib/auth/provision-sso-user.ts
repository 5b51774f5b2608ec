import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { mapGroupsToRole, parseRoleGroups } from "./map-groups-to-role";
import type { TSessionUser } from "./schemas";

export type ProvisionSsoUserOptions = {
  email: string;
  name: string;
  /** Groups read from the IdP's ID token at this sign-in. */
  groups: readonly string[];
};

/** Why an SSO sign-in is refused; the no-access page explains each one. */
export type SsoRefusal = "sin-grupo" | "desactivado";

export type ProvisionSsoUserResult = { user: TSessionUser; refusal?: never } | { user?: never; refusal: SsoRefusal };

/**
 * Creates the user on first SSO sign-in and refreshes the role from the IdP groups on every sign-in.
 * Refused when no group maps to a role (no user is created) or an Admin deactivated the user.
 */
export const provisionSsoUser = async ({ email, name, groups }: ProvisionSsoUserOptions): Promise<ProvisionSsoUserResult> => {
  const role = mapGroupsToRole(groups, parseRoleGroups(getEnv().AUTH_ROLE_GROUPS));
  if (!role) return { refusal: "sin-grupo" };
  const normalizedEmail = email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email: normalizedEmail },
    create: { email: normalizedEmail, name, role, lastSignInAt: new Date() },
    update: { role, lastSignInAt: new Date() },
  });
  if (!user.active) return { refusal: "desactivado" };
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role } };
};
