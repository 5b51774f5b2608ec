import { z } from "zod";

export const ZComponentStatus = z.enum(["ok", "degraded", "unavailable", "down"]);

export const ZComponentHealth = z.object({
  status: ZComponentStatus,
  detail: z.string().describe("What was checked, or why it failed"),
  latencyMs: z.number().optional(),
});

/** What the local Inngest executor's `GET /health` answers. */
export const ZLocalExecutorHealth = z.object({ status: z.literal("ok"), functions: z.number().int().min(0) });

export const ZHealthReport = z.object({
  status: z.enum(["ok", "degraded", "down"]),
  appEnv: z.enum(["local", "production"]),
  database: ZComponentHealth,
  storage: ZComponentHealth.extend({ driver: z.enum(["local", "s3"]) }),
  ocr: ZComponentHealth.extend({ engine: z.enum(["local", "textract", "auto"]) }),
  background: ZComponentHealth.extend({
    mode: z.enum(["local-executor", "inngest-cloud", "inngest-self-hosted"]),
  }),
  checkedAt: z.string(),
});
export type THealthReport = z.infer<typeof ZHealthReport>;
export type TComponentHealth = z.infer<typeof ZComponentHealth>;
