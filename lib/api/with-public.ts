import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { withRequestLogging } from "@/lib/logging/with-request-logging";
import { assertSameOrigin } from "./assert-same-origin";
import type { TRateLimiter } from "./create-rate-limiter";
import { toErrorResponse } from "./error-response";
import type { RouteContext } from "./with-auth";

export type PublicHandler = (args: { req: NextRequest; params: Record<string, string | string[]> }) => Promise<Response>;

export type WithPublicOptions = { rateLimiter?: TRateLimiter };

/** The client's address as the load balancer saw it (first X-Forwarded-For hop), for rate limiting only. */
const clientKey = (req: NextRequest) => req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || req.headers.get("x-real-ip") || "unknown";

/**
 * Routes anyone may call without signing in (public certificate verification): the same CSRF Origin check and error
 * translation as withAuth, plus an optional per-client rate limit answered with 429 and Retry-After.
 */
export const withPublic =
  (handler: PublicHandler, { rateLimiter }: WithPublicOptions = {}) =>
  withRequestLogging(async (req: NextRequest, context: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req);
      if (rateLimiter) {
        const decision = rateLimiter.check(clientKey(req));
        if (!decision.allowed) {
          const response = toErrorResponse(
            new AppError("RATE_LIMITED", { message: "Demasiadas consultas seguidas. Espere un momento e intente de nuevo." }),
          );
          response.headers.set("Retry-After", String(decision.retryAfterSeconds));
          return response;
        }
      }
      return await handler({ req, params: (await context?.params) ?? {} });
    } catch (error) {
      return toErrorResponse(error);
    }
  });
