/**
 * The accounts of the OIDC stand-in (lib/testing/start-oidc-provider.ts), apart from it so that specs can name them
 * without loading oidc-provider. The login on its development form is the account id.
 */
export type OidcTestAccount = { accountId: string; email: string; name: string; groups: string[] };

/** One account per role the default AUTH_ROLE_GROUPS maps, and one whose only group maps to nothing. */
export const OIDC_TEST_ACCOUNTS = {
  ADMIN: { accountId: "ana.sso", email: "ana.sso@bmc.test", name: "Ana SSO", groups: ["BMC-Admin", "Todos"] },
  OPERATOR: { accountId: "oscar.sso", email: "oscar.sso@bmc.test", name: "Óscar SSO", groups: ["BMC-Operator"] },
  VIEWER: { accountId: "valeria.sso", email: "valeria.sso@bmc.test", name: "Valeria SSO", groups: ["BMC-Viewer"] },
  UNMAPPED: { accountId: "nadia.sso", email: "nadia.sso@bmc.test", name: "Nadia SSO", groups: ["Contabilidad"] },
} as const satisfies Record<string, OidcTestAccount>;
