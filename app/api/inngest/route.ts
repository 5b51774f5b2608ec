import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";
import { withPublic } from "@/lib/api/with-public";

const inngestHandler = serve({ client: inngest, functions });

// GET/POST/PUT /api/inngest - Inngest's serve endpoint (introspection, step calls, sync); signed in cloud mode. Its
// callers are servers (no Origin), so the CSRF Origin check every mutating route has costs them nothing.
export const GET = inngestHandler.GET;
export const POST = withPublic(({ req }) => inngestHandler.POST(req, undefined));
export const PUT = withPublic(({ req }) => inngestHandler.PUT(req, undefined));
