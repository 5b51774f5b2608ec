import { redirect } from "next/navigation";
import { getSessionUser } from "./get-session-user";
import type { TSessionUser } from "./schemas";
import { canAccessSection, getSection, type AppSectionKey } from "./sections";

/** Page guard: signed-out visitors go to /login, roles without access to the section to /sin-acceso. */
export const requirePageUser = async (section: AppSectionKey): Promise<TSessionUser> => {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(getSection(section).href)}`);
  if (!canAccessSection(user.role, section)) redirect(`/sin-acceso?seccion=${section}`);
  return user;
};
