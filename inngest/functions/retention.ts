import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { getEnv } from "@/lib/env";
import { runRetention } from "@/lib/pipeline/run-retention";

/** Daily: marks invoices past the retention period; never deletes anything. */
export const retention = inngest.createFunction(
  { id: "retention", triggers: [cron(getEnv().RETENTION_CRON)], retries: 2 },
  async ({ step }) => step.run("mark-expired", () => runRetention()),
);
