import type { NextRequest } from "next/server";

/** The client's address as the load balancer saw it (first X-Forwarded-For hop), for rate limiting only. */
export const readClientAddress = (req: NextRequest) =>
  req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "unknown";
