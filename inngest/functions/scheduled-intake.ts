import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { getEnv } from "@/lib/env";
import { runScheduledIntake } from "@/lib/pipeline/run-scheduled-intake";

/** Reads INTAKE_SOURCE on INTAKE_CRON; registered only when a source is configured (inngest/functions/index.ts). */
export const scheduledIntake = inngest.createFunction(
  { id: "scheduled-intake", triggers: [cron(getEnv().INTAKE_CRON)], retries: 2 },
  async ({ step }) => step.run("intake", () => runScheduledIntake()),
);
