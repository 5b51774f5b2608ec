import type { NextRequest } from "next/server";
import { withRequestLogging } from "@/lib/logging/with-request-logging";
import { assertSameOrigin } from "./assert-same-origin";
import { assertWithinRateLimit } from "./assert-within-rate-limit";
import type { TRateLimiter } from "./create-rate-limiter";
import { toErrorResponse } from "./error-response";
import { readClientAddress } from "./read-client-address";
import type { RouteContext } from "./with-auth";

export type PublicHandler = (args: { req: NextRequest; params: Record<string, string | string[]> }) => Promise<Response>;

export type WithPublicOptions = { rateLimiter?: TRateLimiter };

/**
 * Routes anyone may call without signing in (public certificate verification, next-auth's own endpoints): the same CSRF Origin check and error
 * translation as withAuth, plus an optional per-client rate limit answered with 429 and Retry-After.
 */
export const withPublic =
  (handler: PublicHandler, { rateLimiter }: WithPublicOptions = {}) =>
  withRequestLogging(async (req: NextRequest, context?: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req);
      if (rateLimiter) {
        assertWithinRateLimit(rateLimiter, readClientAddress(req), "Demasiadas consultas seguidas. Espere un momento e intente de nuevo.");
      }
      return await handler({ req, params: (await context?.params) ?? {} });
    } catch (error) {
      return toErrorResponse(error);
    }
  });
