import { signOut } from "next-auth/react";
import { ZIdpLogout } from "@/lib/auth/schemas";

/**
 * Ends the app's session, then the IdP's where it supports it: the IdP logout URL is read first, while the session
 * cookie that holds the ID token still exists, and the IdP sends the browser back to /login.
 */
export const signOutEverywhere = async () => {
  const response = await fetch("/api/auth/idp-logout");
  const idpLogout = response.ok ? ZIdpLogout.safeParse(await response.json()).data : undefined;
  await signOut({ redirect: false });
  window.location.assign(idpLogout?.url ?? "/login");
};
