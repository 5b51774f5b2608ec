import { expect, test } from "vitest";
import { ZEnv } from "@/lib/env";
import { getConfiguredProviders } from "./auth-options";

const PRODUCTION = {
  APP_ENV: "production",
  DATABASE_URL: "postgresql://cotejo@db/cotejo",
  NEXTAUTH_SECRET: "x".repeat(32),
  NEXTAUTH_URL: "https://cotejo.bmc.com.co",
  COGNITO_CLIENT_ID: "abc123",
  COGNITO_ISSUER: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool",
  OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0",
  OIDC_CLIENT_ID: "cotejo",
};

const providerIds = (settings: Record<string, string>) =>
  getConfiguredProviders(ZEnv.parse(settings)).map((provider) => provider.id);

test("local mode offers e-mail and password sign-in", () => {
  expect(providerIds({})).toEqual(["credentials"]);
});

test("production offers only the identity providers unless local sign-in is explicitly enabled", () => {
  expect(providerIds(PRODUCTION)).toEqual(["cognito", "oidc"]);
  expect(providerIds({ ...PRODUCTION, AUTH_LOCAL_CREDENTIALS: "false" })).toEqual(["cognito", "oidc"]);
  expect(providerIds({ ...PRODUCTION, AUTH_LOCAL_CREDENTIALS: "true" })).toEqual(["credentials", "cognito", "oidc"]);
});

test("local sign-in can be turned off in local mode too", () => {
  expect(providerIds({ AUTH_LOCAL_CREDENTIALS: "0", OIDC_ISSUER: "http://127.0.0.1:3419", OIDC_CLIENT_ID: "c" })).toEqual(["oidc"]);
});
