import type { NextRequest } from "next/server";
import { assertWithinRateLimit } from "@/lib/api/assert-within-rate-limit";
import type { TRateLimiter } from "@/lib/api/create-rate-limiter";
import { readClientAddress } from "@/lib/api/read-client-address";

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=[^;]/;

const isPasswordSignIn = (req: NextRequest) => req.method === "POST" && req.nextUrl.pathname.endsWith("/callback/credentials");

const readSubmittedEmail = async (req: NextRequest) => {
  const form = await req.clone().formData().catch(() => null);
  const email = form?.get("email");
  return typeof email === "string" ? email.trim().toLowerCase() : "";
};

/**
 * Password guessing gets 429 with Retry-After: each password sign-in counts against its client address and
 * e-mail, and a successful one (a session cookie was set) clears the count, so only attempts in a row without
 * success add up. Other next-auth requests pass untouched; the IdP limits SSO sign-ins itself.
 */
export const limitPasswordSignIns = async (
  limiter: TRateLimiter,
  req: NextRequest,
  handle: (req: NextRequest) => Promise<Response>,
): Promise<Response> => {
  if (!isPasswordSignIn(req)) return handle(req);
  const key = `${readClientAddress(req)} ${await readSubmittedEmail(req)}`;
  assertWithinRateLimit(limiter, key, "Demasiados intentos de inicio de sesión. Espere unos minutos e intente de nuevo.");
  const response = await handle(req);
  if (response.headers.getSetCookie().some((cookie) => SESSION_COOKIE.test(cookie))) limiter.reset(key);
  return response;
};
