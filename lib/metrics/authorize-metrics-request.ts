import { timingSafeEqual } from "node:crypto";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * GET /api/metrics is for Prometheus (Authorization: Bearer METRICS_TOKEN) and for Admins in a browser session.
 * Anything else is refused like any protected route: 401 without credentials, 403 for another role.
 */
export const authorizeMetricsRequest = async (authorization: string | null, metricsToken = getEnv().METRICS_TOKEN): Promise<void> => {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    if (metricsToken && sameSecret(bearer, metricsToken)) return;
    throw new AppError("UNAUTHENTICATED", { message: "Token de métricas no válido." });
  }
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED", { message: "Inicie sesión para continuar." });
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", { message: "Su rol no tiene acceso a esta operación." });
};
