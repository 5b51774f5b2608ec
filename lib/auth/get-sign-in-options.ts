import { getEnv, isLocalCredentialsEnabled } from "@/lib/env";

export type TSsoProvider = { id: "cognito" | "oidc"; name: string };

/** What the login page offers: the local form and/or the configured identity providers. */
export const getSignInOptions = (): { isLocalEnabled: boolean; ssoProviders: TSsoProvider[] } => {
  const env = getEnv();
  const ssoProviders: TSsoProvider[] = [];
  if (env.COGNITO_CLIENT_ID && env.COGNITO_ISSUER) ssoProviders.push({ id: "cognito", name: "Amazon Cognito" });
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID) ssoProviders.push({ id: "oidc", name: env.OIDC_DISPLAY_NAME });
  return { isLocalEnabled: isLocalCredentialsEnabled(env), ssoProviders };
};
