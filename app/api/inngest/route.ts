import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

// GET/POST/PUT /api/inngest - Inngest's serve endpoint (introspection, step calls, sync); signed in cloud mode
export const { GET, POST, PUT } = serve({ client: inngest, functions });
