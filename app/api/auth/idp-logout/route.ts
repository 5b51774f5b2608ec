import { NextResponse } from "next/server";
import { getToken } from "next-auth/jwt";
import { withAuth } from "@/lib/api/with-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { getIdpLogoutUrl } from "@/lib/auth/get-idp-logout-url";
import { ZRole, type TIdpLogout } from "@/lib/auth/schemas";
import { getEnv } from "@/lib/env";

// GET /api/auth/idp-logout - the IdP's logout URL for this session (called just before the app's own sign-out)
export const GET = withAuth(
  async ({ req }) => {
    const token = await getToken({ req, secret: getAuthOptions().secret });
    const url = token?.provider
      ? await getIdpLogoutUrl({ provider: token.provider, idToken: token.idToken, appUrl: getEnv().NEXTAUTH_URL ?? req.nextUrl.origin })
      : null;
    return NextResponse.json<TIdpLogout>({ url });
  },
  { roles: ZRole.options },
);
