import type { DefaultSession } from "next-auth";
import type { TRole } from "@/lib/auth/schemas";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string; role?: TRole; signedInAt?: number };
  }
  interface User {
    role?: TRole;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    role?: TRole;
    /** When this session signed in (milliseconds since the epoch); `iat` cannot tell, next-auth renews it with every response. */
    signedInAt?: number;
    /** SSO sign-ins only: the next-auth provider id and the IdP's ID token, for RP-initiated logout. */
    provider?: string;
    idToken?: string;
  }
}
