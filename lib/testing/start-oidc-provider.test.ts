import { createHash, createPublicKey, randomBytes, verify, type JsonWebKey } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { mapGroupsToRole, parseRoleGroups, readGroupsClaim } from "@/lib/auth/map-groups-to-role";
import { provisionSsoUser } from "@/lib/auth/provision-sso-user";
import { getEnv } from "@/lib/env";
import { OIDC_TEST_ACCOUNTS, type OidcTestAccount } from "./oidc-test-accounts";
import { startOidcProvider, type OidcTestProvider } from "./start-oidc-provider";

const CLIENT = { id: "cotejo-test", secret: "cotejo-test-secret" };
const REDIRECT_URI = "http://localhost:3999/api/auth/callback/oidc";

type Discovery = {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  end_session_endpoint?: string;
  code_challenge_methods_supported?: string[];
  token_endpoint_auth_methods_supported?: string[];
  claims_supported?: string[];
};

let provider: OidcTestProvider;
let discovery: Discovery;

beforeAll(async () => {
  provider = await startOidcProvider({
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    redirectUris: [REDIRECT_URI],
    postLogoutRedirectUris: ["http://localhost:3999/login"],
  });
  discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Discovery;
});

afterAll(() => provider.stop());

const base64url = (buffer: Buffer) => buffer.toString("base64url");

/** A browser's part of the authorization-code flow, cookies included: authorize, dev login form, back with a code. */
const signInForCode = async (account: OidcTestAccount, codeChallenge: string) => {
  const cookies = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(url, provider.issuer), {
      ...init,
      redirect: "manual",
      headers: { ...init.headers, cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const separator = pair.indexOf("=");
      cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  };
  const authorize = new URL(discovery.authorization_endpoint);
  authorize.search = new URLSearchParams({
    client_id: CLIENT.id,
    redirect_uri: REDIRECT_URI,
    response_type: "code",
    scope: "openid email profile",
    state: base64url(randomBytes(16)),
    code_challenge: codeChallenge,
    code_challenge_method: "S256",
  }).toString();
  let location = (await send(authorize.toString())).headers.get("location") ?? "";
  const loginPage = await send(location);
  expect(await loginPage.text()).toContain('name="login"');
  const submitted = await send(location, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ prompt: "login", login: account.accountId, password: "cualquiera" }).toString(),
  });
  location = submitted.headers.get("location") ?? "";
  for (let hops = 0; location && !location.startsWith(REDIRECT_URI) && hops < 5; hops += 1) {
    location = (await send(location)).headers.get("location") ?? "";
  }
  const code = location.startsWith(REDIRECT_URI) ? new URL(location).searchParams.get("code") : null;
  if (!code) throw new Error(`The provider did not come back with a code: ${location || "no redirect"}`);
  return code;
};

/** Exchanges the code as next-auth does (client_secret_basic + PKCE verifier) and checks the ID token's signature. */
const signInForIdTokenClaims = async (account: OidcTestAccount): Promise<Record<string, unknown>> => {
  const verifier = base64url(randomBytes(32));
  const code = await signInForCode(account, base64url(createHash("sha256").update(verifier).digest()));
  const tokenResponse = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString("base64")}`,
    },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: verifier }),
  });
  expect(tokenResponse.status).toBe(200);
  const { id_token: idToken } = (await tokenResponse.json()) as { id_token: string };
  const [header = "", payload = "", signature = ""] = idToken.split(".");
  const { kid, alg } = JSON.parse(Buffer.from(header, "base64url").toString()) as { kid: string; alg: string };
  const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as { keys: (JsonWebKey & { kid: string })[] };
  const jwk = keys.find((key) => key.kid === kid);
  expect(alg).toBe("RS256");
  expect(jwk).toBeDefined();
  const isSigned = verify(
    "sha256",
    Buffer.from(`${header}.${payload}`),
    createPublicKey({ key: jwk as JsonWebKey, format: "jwk" }),
    Buffer.from(signature, "base64url"),
  );
  expect(isSigned).toBe(true);
  return JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
};

test("discovery advertises what next-auth and RP-initiated logout need", () => {
  expect(discovery).toMatchObject({
    issuer: provider.issuer,
    end_session_endpoint: `${provider.issuer}/session/end`,
  });
  expect(discovery.code_challenge_methods_supported).toContain("S256");
  expect(discovery.token_endpoint_auth_methods_supported).toContain("client_secret_basic");
  expect(discovery.claims_supported).toContain("cognito:groups");
});

test.each([
  ["ADMIN", OIDC_TEST_ACCOUNTS.ADMIN],
  ["OPERATOR", OIDC_TEST_ACCOUNTS.OPERATOR],
  ["VIEWER", OIDC_TEST_ACCOUNTS.VIEWER],
] as const)("the ID token's groups of the %s account map to its role and provision it", async (role, account) => {
  const claims = await signInForIdTokenClaims(account);
  expect(claims).toMatchObject({ iss: provider.issuer, aud: CLIENT.id, sub: account.accountId, email: account.email });
  const groups = readGroupsClaim(claims, getEnv().AUTH_GROUPS_CLAIM);
  expect(groups).toEqual(account.groups);
  expect(mapGroupsToRole(groups, parseRoleGroups(getEnv().AUTH_ROLE_GROUPS))).toBe(role);
  expect(await provisionSsoUser({ email: account.email, name: account.name, groups })).toMatchObject({
    user: { email: account.email, role },
  });
});

test("the account whose groups map to no role is refused", async () => {
  const claims = await signInForIdTokenClaims(OIDC_TEST_ACCOUNTS.UNMAPPED);
  const groups = readGroupsClaim(claims, getEnv().AUTH_GROUPS_CLAIM);
  expect(groups).toEqual(["Contabilidad"]);
  expect(await provisionSsoUser({ email: OIDC_TEST_ACCOUNTS.UNMAPPED.email, name: "Nadia", groups })).toEqual({
    refusal: "sin-grupo",
  });
});
