import { ZRole, type TRole } from "./schemas";

/** Strongest first: a user in several mapped groups gets the most capable role. */
const ROLE_PRECEDENCE: readonly TRole[] = ["ADMIN", "OPERATOR", "VIEWER"];

/** Parses `ADMIN=BMC-Admin|Admins,OPERATOR=BMC-Operator,…` into role → groups. */
export const parseRoleGroups = (setting: string): Map<TRole, Set<string>> => {
  const mapping = new Map<TRole, Set<string>>();
  for (const entry of setting.split(",")) {
    const [rawRole, rawGroups] = entry.split("=");
    const role = ZRole.safeParse(rawRole?.trim().toUpperCase());
    if (!role.success || !rawGroups) continue;
    const groups = rawGroups.split("|").map((group) => group.trim()).filter(Boolean);
    mapping.set(role.data, new Set([...(mapping.get(role.data) ?? []), ...groups]));
  }
  return mapping;
};

/** The role an IdP's groups grant, or null when none of them is mapped (the user gets no access). */
export const mapGroupsToRole = (groups: readonly string[], roleGroups: Map<TRole, Set<string>>): TRole | null =>
  ROLE_PRECEDENCE.find((role) => groups.some((group) => roleGroups.get(role)?.has(group))) ?? null;

/** Reads a groups claim that IdPs send as an array, a single string or a space/comma separated string. */
export const readGroupsClaim = (profile: Record<string, unknown> | undefined, claim: string): string[] => {
  const value = profile?.[claim];
  if (Array.isArray(value)) return value.filter((group): group is string => typeof group === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
};
