import type { NextRequest } from "next/server";
import { getLogger } from "./logger";
import { requestContext } from "./request-context";
import { resolveRequestId } from "./resolve-request-id";

export const REQUEST_ID_HEADER = "x-request-id";

const withRequestIdHeader = (response: Response, requestId: string): Response => {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  } catch {
    // Responses built from fetch or Response.redirect have immutable headers: answer a copy.
    const copy = new Response(response.body, response);
    copy.headers.set(REQUEST_ID_HEADER, requestId);
    return copy;
  }
};

/**
 * Runs an API handler with a request id: taken from a valid incoming x-request-id or generated, attached to every
 * log line written meanwhile, returned in the x-request-id response header, and logged with the outcome.
 */
export const withRequestLogging =
  <Context>(handler: (req: NextRequest, context: Context) => Promise<Response>) =>
  (req: NextRequest, context: Context): Promise<Response> => {
    const requestId = resolveRequestId(req.headers.get(REQUEST_ID_HEADER));
    return requestContext.run({ requestId }, async () => {
      const startedAt = performance.now();
      const response = await handler(req, context);
      getLogger().info(
        { method: req.method, path: req.nextUrl.pathname, status: response.status, durationMs: Math.round(performance.now() - startedAt) },
        "request",
      );
      return withRequestIdHeader(response, requestId);
    });
  };
