import NextAuth from "next-auth";
import { getRateLimiters } from "@/lib/api/get-rate-limiters";
import { withPublic } from "@/lib/api/with-public";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { limitPasswordSignIns } from "@/lib/auth/limit-password-sign-ins";

// GET/POST /api/auth/* - next-auth v4 (sign-in, callbacks, session, CSRF token, sign-out), behind the same Origin
// check as every mutating route and a limit on password guessing
const handler = withPublic(({ req, params }) =>
  limitPasswordSignIns(getRateLimiters().passwordSignIns, req, (request) =>
    NextAuth(getAuthOptions())(request, { params: Promise.resolve(params as { nextauth: string[] }) }),
  ),
);

export { handler as GET, handler as POST };
