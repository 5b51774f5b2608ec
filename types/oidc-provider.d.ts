// oidc-provider 9 ships no type declarations; only what lib/testing/start-oidc-provider.ts uses is declared.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type OidcAccount = {
    accountId: string;
    claims: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  };

  export class Grant {
    constructor(options: { accountId: string; clientId: string });
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
    static find(id: string): Promise<Grant | undefined>;
  }

  export type OidcContext = {
    type: string;
    body: unknown;
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor: (clientId: string) => string | undefined };
      params?: Record<string, unknown>;
      provider: { Grant: typeof Grant };
    };
  };

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
  }
}
