import type { NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Browsers send Origin on cross-site POSTs; a mutating request from another origin is refused (CSRF). Behind a
 * proxy the request URL may be internal, so the public NEXTAUTH_URL origin is accepted too. A request without
 * Origin is a server-to-server call (the Inngest executor, curl) unless the browser marked it cross-site in
 * Sec-Fetch-Site, which is refused as well.
 */
export const assertSameOrigin = (req: NextRequest) => {
  if (!MUTATING_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  const publicUrl = getEnv().NEXTAUTH_URL;
  const allowedOrigins = new Set([req.nextUrl.origin, ...(publicUrl ? [new URL(publicUrl).origin] : [])]);
  const crossSite = req.headers.get("sec-fetch-site") === "cross-site";
  if ((origin && !allowedOrigins.has(origin)) || crossSite) {
    throw new AppError("CROSS_ORIGIN", { message: "Solicitud de otro origen rechazada." });
  }
};
