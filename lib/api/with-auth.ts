import type { NextRequest } from "next/server";
import { getSessionUser } from "@/lib/auth/get-session-user";
import type { TRole, TSessionUser } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { withRequestLogging } from "@/lib/logging/with-request-logging";
import { assertSameOrigin } from "./assert-same-origin";
import { toErrorResponse } from "./error-response";

export type RouteContext = { params: Promise<Record<string, string | string[]>> };

export type AuthedHandler = (args: {
  req: NextRequest;
  user: TSessionUser;
  params: Record<string, string | string[]>;
}) => Promise<Response>;

export type WithAuthOptions = {
  /** Roles allowed to call the route; every other signed-in role gets 403. */
  roles: readonly TRole[];
};

/**
 * Every route handler goes through here: the session and role are checked in the handler itself (middleware is
 * not a security boundary), and errors are translated in one place.
 */
export const withAuth =
  (handler: AuthedHandler, { roles }: WithAuthOptions) =>
  withRequestLogging(async (req: NextRequest, context: RouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const user = await getSessionUser();
      if (!user) throw new AppError("UNAUTHENTICATED", { message: "Inicie sesión para continuar." });
      if (!roles.includes(user.role)) {
        throw new AppError("FORBIDDEN", { message: "Su rol no tiene acceso a esta operación." });
      }
      return await handler({ req, user, params: (await context?.params) ?? {} });
    } catch (error) {
      return toErrorResponse(error);
    }
  });
