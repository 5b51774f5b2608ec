import { afterAll, beforeAll, expect, test } from "vitest";
import { ZEnv } from "@/lib/env";
import { startOidcProvider, type OidcTestProvider } from "@/lib/testing/start-oidc-provider";
import { getIdpLogoutUrl } from "./get-idp-logout-url";

const APP_URL = "https://cotejo.bmc.com.co";
let provider: OidcTestProvider;

beforeAll(async () => {
  provider = await startOidcProvider({
    clientId: "cotejo",
    clientSecret: "secreto",
    redirectUris: [`${APP_URL}/api/auth/callback/oidc`],
    postLogoutRedirectUris: [`${APP_URL}/login`],
  });
});

afterAll(() => provider.stop());

test("a generic OIDC provider is sent to the end_session_endpoint of its discovery, with the ID token as hint", async () => {
  const env = ZEnv.parse({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: "cotejo" });
  const url = new URL((await getIdpLogoutUrl({ provider: "oidc", idToken: "el.id.token", appUrl: APP_URL }, env)) ?? "");
  expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/session/end`);
  expect(Object.fromEntries(url.searchParams)).toEqual({
    client_id: "cotejo",
    id_token_hint: "el.id.token",
    post_logout_redirect_uri: `${APP_URL}/login`,
  });
});

test("Cognito is sent to its hosted UI's /logout with client_id and logout_uri", async () => {
  const env = ZEnv.parse({
    COGNITO_CLIENT_ID: "abc123",
    COGNITO_ISSUER: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool",
    COGNITO_DOMAIN: "https://cotejo.auth.us-east-1.amazoncognito.com",
  });
  expect(await getIdpLogoutUrl({ provider: "cognito", idToken: "x", appUrl: APP_URL }, env)).toBe(
    "https://cotejo.auth.us-east-1.amazoncognito.com/logout?client_id=abc123&logout_uri=https%3A%2F%2Fcotejo.bmc.com.co%2Flogin",
  );
});

test("without an IdP logout (Cognito without its domain, an unreachable issuer, credentials) only the app signs out", async () => {
  const cognitoWithoutDomain = ZEnv.parse({ COGNITO_CLIENT_ID: "abc123", COGNITO_ISSUER: "https://cognito-idp.us-east-1.amazonaws.com/p" });
  expect(await getIdpLogoutUrl({ provider: "cognito", appUrl: APP_URL }, cognitoWithoutDomain)).toBeNull();
  const unreachable = ZEnv.parse({ OIDC_ISSUER: "http://127.0.0.1:9", OIDC_CLIENT_ID: "cotejo" });
  expect(await getIdpLogoutUrl({ provider: "oidc", appUrl: APP_URL }, unreachable)).toBeNull();
  expect(await getIdpLogoutUrl({ provider: "credentials", appUrl: APP_URL }, ZEnv.parse({}))).toBeNull();
});
