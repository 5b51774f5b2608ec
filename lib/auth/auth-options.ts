import type { NextAuthOptions } from "next-auth";
import CognitoProvider from "next-auth/providers/cognito";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getEnv, isLocalCredentialsEnabled, type TEnv } from "@/lib/env";
import { readGroupsClaim } from "./map-groups-to-role";
import { provisionSsoUser } from "./provision-sso-user";
import { ZRole } from "./schemas";
import { verifyCredentials } from "./verify-credentials";

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

type IdTokenProfile = Record<string, unknown> & { sub: string; email?: string; name?: string };

const buildGenericOidcProvider = (env: TEnv): OAuthConfig<IdTokenProfile> => ({
  id: "oidc",
  name: env.OIDC_DISPLAY_NAME,
  type: "oauth",
  wellKnown: `${env.OIDC_ISSUER}/.well-known/openid-configuration`,
  clientId: env.OIDC_CLIENT_ID,
  clientSecret: env.OIDC_CLIENT_SECRET,
  authorization: { params: { scope: "openid email profile" } },
  idToken: true,
  checks: ["pkce", "state"],
  profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.email ?? null }),
});

export const getConfiguredProviders = (env: TEnv) => {
  const providers: NextAuthOptions["providers"] = [];
  if (isLocalCredentialsEnabled(env)) {
    providers.push(
      CredentialsProvider({
        id: "credentials",
        name: "Correo y contraseña",
        credentials: { email: { label: "Correo", type: "email" }, password: { label: "Contraseña", type: "password" } },
        authorize: (credentials) => verifyCredentials(credentials),
      }),
    );
  }
  if (env.COGNITO_CLIENT_ID && env.COGNITO_ISSUER) {
    providers.push(
      CognitoProvider({
        clientId: env.COGNITO_CLIENT_ID,
        clientSecret: env.COGNITO_CLIENT_SECRET ?? "",
        issuer: env.COGNITO_ISSUER,
        checks: ["pkce", "state", "nonce"],
      }),
    );
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID) providers.push(buildGenericOidcProvider(env));
  return providers;
};

/**
 * next-auth v4 configuration. The JWT carries the user id (the role shown in the session is a hint for the UI:
 * every request re-reads role and `active` from the database, lib/auth/get-session-user.ts) and, after an SSO
 * sign-in, the provider and ID token that sign-out needs to end the IdP session (lib/auth/get-idp-logout-url.ts).
 */
export const buildAuthOptions = (env: TEnv): NextAuthOptions => ({
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: getConfiguredProviders(env),
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === "credentials") return true;
      const email = user.email ?? (typeof profile?.email === "string" ? profile.email : undefined);
      if (!email) return false;
      const provisioned = await provisionSsoUser({
        email,
        name: user.name ?? email,
        groups: readGroupsClaim(profile as Record<string, unknown> | undefined, env.AUTH_GROUPS_CLAIM),
      });
      if (provisioned.refusal) return `/sin-acceso?motivo=${provisioned.refusal}&proveedor=${account?.provider ?? ""}`;
      user.id = provisioned.user.id;
      user.role = provisioned.user.role;
      return true;
    },
    jwt({ token, user, account }) {
      if (user) {
        token.userId = user.id;
        token.role = "role" in user ? ZRole.safeParse(user.role).data : undefined;
        token.signedInAt = Date.now();
      }
      if (account && account.provider !== "credentials") {
        // Kept in the encrypted JWT cookie for the IdP logout only; the session callback never copies them out.
        token.provider = account.provider;
        token.idToken = account.id_token;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.userId === "string") {
        session.user.id = token.userId;
        session.user.role = token.role;
        session.user.signedInAt = token.signedInAt;
      }
      return session;
    },
  },
});

let cachedOptions: NextAuthOptions | undefined;
export const getAuthOptions = (): NextAuthOptions => {
  cachedOptions ??= buildAuthOptions(getEnv());
  return cachedOptions;
};
