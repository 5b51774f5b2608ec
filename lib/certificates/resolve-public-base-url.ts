import { getEnv } from "@/lib/env";

/**
 * The origin printed in verification links: NEXTAUTH_URL (required in production, where the request origin may be
 * an internal address behind the load balancer), else the request's origin, else the local default.
 */
export const resolvePublicBaseUrl = ({ requestOrigin }: { requestOrigin?: string } = {}): string =>
  (getEnv().NEXTAUTH_URL ?? requestOrigin ?? "http://localhost:3000").replace(/\/+$/, "");
