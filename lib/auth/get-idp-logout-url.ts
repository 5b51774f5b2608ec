import { getEnv, type TEnv } from "@/lib/env";

export type GetIdpLogoutUrlOptions = {
  /** The next-auth provider id the user signed in with. */
  provider: string;
  /** The ID token of that sign-in, sent as id_token_hint so the IdP logs out without asking who. */
  idToken?: string;
  /** The app's public URL; the IdP sends the browser back to its /login. */
  appUrl: string;
};

const DISCOVERY_TIMEOUT_MS = 5_000;

const findEndSessionEndpoint = async (issuer: string): Promise<string | null> => {
  try {
    const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const { end_session_endpoint: endpoint } = (await response.json()) as { end_session_endpoint?: unknown };
    return typeof endpoint === "string" ? endpoint : null;
  } catch {
    // An unreachable IdP must not keep the user signed in to the app: only the app's session ends then.
    return null;
  }
};

/**
 * Where the browser goes after the app's own sign-out so that the IdP session ends too (else the next "Ingresar"
 * would sign the same person in without credentials). Cognito: its hosted UI's /logout?client_id&logout_uri. Other
 * OIDC providers: RP-initiated logout at the end_session_endpoint their discovery names. Null when the IdP offers
 * neither; then only the app's session ends.
 */
export const getIdpLogoutUrl = async (
  { provider, idToken, appUrl }: GetIdpLogoutUrlOptions,
  env: TEnv = getEnv(),
): Promise<string | null> => {
  const afterLogout = new URL("/login", appUrl).toString();
  if (provider === "cognito" && env.COGNITO_DOMAIN && env.COGNITO_CLIENT_ID) {
    const url = new URL("/logout", env.COGNITO_DOMAIN);
    url.search = new URLSearchParams({ client_id: env.COGNITO_CLIENT_ID, logout_uri: afterLogout }).toString();
    return url.toString();
  }
  if (provider === "oidc" && env.OIDC_ISSUER && env.OIDC_CLIENT_ID) {
    const endpoint = await findEndSessionEndpoint(env.OIDC_ISSUER);
    if (!endpoint) return null;
    const url = new URL(endpoint);
    url.searchParams.set("client_id", env.OIDC_CLIENT_ID);
    url.searchParams.set("post_logout_redirect_uri", afterLogout);
    if (idToken) url.searchParams.set("id_token_hint", idToken);
    return url.toString();
  }
  return null;
};
