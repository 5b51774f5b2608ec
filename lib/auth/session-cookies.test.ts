import NextAuth from "next-auth";
import { afterEach, expect, test, vi } from "vitest";
import { ZEnv } from "@/lib/env";
import { createTestUser } from "@/lib/testing/create-test-user";
import { buildAuthOptions } from "./auth-options";

afterEach(() => vi.unstubAllEnvs());

type TRecordedResponse = { status: number; headers: Map<string, string | string[]>; body: unknown };

/** next-auth's own request handler (its Node API form), answering into a recorder instead of a socket. */
const callNextAuth = async (
  options: ReturnType<typeof buildAuthOptions>,
  request: { method: string; path: string[]; body?: Record<string, string>; cookies?: Record<string, string> },
): Promise<TRecordedResponse> => {
  const recorded: TRecordedResponse = { status: 200, headers: new Map(), body: undefined };
  const res = {
    status: (code: number) => ((recorded.status = code), res),
    setHeader: (name: string, value: string | string[]) => (recorded.headers.set(name.toLowerCase(), value), res),
    getHeader: (name: string) => recorded.headers.get(name.toLowerCase()),
    end: () => res,
    send: (body: unknown) => ((recorded.body = body), res),
    json: (body: unknown) => ((recorded.body = body), res),
  };
  const req = { method: request.method, query: { nextauth: request.path }, body: request.body ?? {}, cookies: request.cookies ?? {}, headers: {} };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, options);
  return recorded;
};

const setCookies = (response: TRecordedResponse) => {
  const header = response.headers.get("set-cookie") ?? [];
  return (Array.isArray(header) ? header : [header]).map((line) => {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const [name = "", ...value] = pair.split("=");
    return { name, value: value.join("="), attributes: attributes.map((attribute) => attribute.toLowerCase()) };
  });
};

/**
 * The e2e server runs on http, where next-auth's cookies are plain. This signs in with local credentials through
 * next-auth's own handler as a deployment behind https would (NEXTAUTH_URL https) and reads the cookies it sets.
 */
const signInAt = async (appUrl: string) => {
  vi.stubEnv("NEXTAUTH_URL", appUrl);
  const options = buildAuthOptions(
    ZEnv.parse({ DATABASE_URL: process.env.DATABASE_URL, NEXTAUTH_SECRET: "s".repeat(32), NEXTAUTH_URL: appUrl, AUTH_LOCAL_CREDENTIALS: "true" }),
  );
  const csrf = await callNextAuth(options, { method: "GET", path: ["csrf"] });
  const csrfCookie = setCookies(csrf).find((cookie) => cookie.name.endsWith("next-auth.csrf-token"));
  const signIn = await callNextAuth(options, {
    method: "POST",
    path: ["callback", "credentials"],
    cookies: { [csrfCookie?.name ?? ""]: decodeURIComponent(csrfCookie?.value ?? "") },
    body: { email: "cookies@bmc.test", password: "clave-de-prueba-1", csrfToken: (csrf.body as { csrfToken: string }).csrfToken },
  });
  return { csrfCookie, signIn, session: setCookies(signIn).find((cookie) => cookie.name.endsWith("next-auth.session-token")) };
};

test("over https the session and CSRF cookies are Secure, HttpOnly, SameSite=Lax and carry the __Secure-/__Host- prefixes", async () => {
  await createTestUser({ email: "cookies@bmc.test", role: "OPERATOR", password: "clave-de-prueba-1" });
  const https = await signInAt("https://cotejo.bmc.com.co");
  expect(https.signIn.status).toBe(302);
  expect(https.signIn.headers.get("location")).not.toContain("error");
  expect(https.csrfCookie?.name).toBe("__Host-next-auth.csrf-token");
  expect(https.csrfCookie?.attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
  expect(https.session?.name).toBe("__Secure-next-auth.session-token");
  expect(https.session?.value.length).toBeGreaterThan(100);
  expect(https.session?.attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));

  // The same sign-in over plain http (local mode) gets the unprefixed, non-Secure names the e2e suite checks.
  const http = await signInAt("http://localhost:3000");
  expect(http.session?.name).toBe("next-auth.session-token");
  expect(http.session?.attributes).toContain("httponly");
  expect(http.session?.attributes).not.toContain("secure");
});
