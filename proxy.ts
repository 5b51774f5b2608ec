import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy } from "@/lib/api/build-content-security-policy";

/**
 * Pages get a Content-Security-Policy with a fresh nonce per request. Next reads the nonce from the request's CSP
 * header and puts it on its own scripts; the root layout reads `x-nonce` for the emotion cache's style tags.
 * This is not an access check: route handlers and page layouts check the session themselves.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const protocol = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? request.nextUrl.protocol.replace(":", "");
  const https = protocol === "https";
  const policy = buildContentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: API responses are data (JSON, files) and static assets need no policy of their own.
      source: "/((?!api|_next/static|_next/image|favicon\\.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
