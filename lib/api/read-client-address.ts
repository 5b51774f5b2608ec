import type { NextRequest } from "next/server";

/**
 * The client's address for rate limiting: the last X-Forwarded-For hop, the one the load balancer (ALB) appended
 * from the connection it accepted. Earlier hops are whatever the client sent and would let it pick a fresh key per
 * request. Assumes exactly one proxy in front of the app, which is how it is deployed.
 */
export const readClientAddress = (req: NextRequest) =>
  req.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || req.headers.get("x-real-ip") || "unknown";
