import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/auth-options";

// GET/POST /api/auth/* - next-auth v4 (sign-in, callbacks, session, CSRF token, sign-out)
const handler = (req: Request, context: { params: Promise<{ nextauth: string[] }> }) =>
  NextAuth(getAuthOptions())(req, context);

export { handler as GET, handler as POST };
