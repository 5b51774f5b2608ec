/**
 * A real OpenID provider (`oidc-provider`) configured like a Cognito user pool, for the tests and the e2e server:
 * discovery, a JWKS with a fresh RS256 key, one confidential client (client_secret_basic, PKCE, code flow), the
 * user's groups in the ID token's `cognito:groups` claim, and RP-initiated logout that signs out at once (Cognito's
 * /logout asks no confirmation). Sign-in uses the library's development login form: the login is the account id and
 * any password is accepted, which is all a test of the relying party needs.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type OidcAccount, type OidcContext } from "oidc-provider";
import { OIDC_TEST_ACCOUNTS, type OidcTestAccount } from "./oidc-test-accounts";

export type OidcProviderOptions = {
  /** 0 or unset: any free port. */
  port?: number;
  clientId: string;
  clientSecret: string;
  /** The app's callback, e.g. http://localhost:3100/api/auth/callback/oidc */
  redirectUris: string[];
  /** Where the provider may send the browser after logout, e.g. http://localhost:3100/login */
  postLogoutRedirectUris: string[];
  accounts?: readonly OidcTestAccount[];
};

export type OidcTestProvider = { issuer: string; stop: () => Promise<void> };

/** Submits the logout form at once with logout=yes, which ends the whole IdP session, not only this client's. */
const signOutWithoutConfirmation = (ctx: OidcContext, form: string) => {
  ctx.type = "html";
  ctx.body = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cerrando sesión</title></head><body>${form}
<input type="hidden" form="op.logoutForm" name="logout" value="yes"/>
<script>document.getElementById("op.logoutForm").submit()</script></body></html>`;
};

export const startOidcProvider = async ({
  port = 0,
  clientId,
  clientSecret,
  redirectUris,
  postLogoutRedirectUris,
  accounts = Object.values(OIDC_TEST_ACCOUNTS),
}: OidcProviderOptions): Promise<OidcTestProvider> => {
  // The issuer names the port, so the server listens before the provider exists.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accountsById = new Map(accounts.map((account) => [account.accountId, account]));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        token_endpoint_auth_method: "client_secret_basic",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris,
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "stand-in", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    pkce: { required: () => true },
    claims: {
      openid: ["sub", "cognito:groups"],
      email: ["email", "email_verified"],
      profile: ["name"],
    },
    // Cognito puts the profile and the groups in the ID token itself; the spec default moves them to /userinfo.
    conformIdTokenClaims: false,
    findAccount: (_ctx: OidcContext, sub: string): OidcAccount | undefined => {
      const account = accountsById.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: true,
          name: account.name,
          "cognito:groups": account.groups,
        }),
      };
    },
    // First-party app: like Cognito's hosted UI there is no consent screen, the requested scopes are granted.
    loadExistingGrant: async (ctx: OidcContext) => {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existingId = session.grantIdFor(client.clientId);
      if (existingId) return ctx.oidc.provider.Grant.find(existingId);
      const grant = new ctx.oidc.provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope(String(params?.scope ?? "openid"));
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource: signOutWithoutConfirmation },
    },
    ttl: { Session: 60 * 60, Grant: 60 * 60, Interaction: 10 * 60, IdToken: 60 * 60, AccessToken: 60 * 60 },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
