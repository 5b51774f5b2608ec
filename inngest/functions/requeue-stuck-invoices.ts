import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { requeueStuckInvoices } from "@/lib/pipeline/requeue-stuck-invoices";

/** Every 5 minutes: re-sends the event of invoices no run has picked up (a lost send after upload or retry). */
export const requeueStuck = inngest.createFunction(
  { id: "requeue-stuck-invoices", triggers: [cron("*/5 * * * *")], retries: 2 },
  async ({ step }) => step.run("requeue", () => requeueStuckInvoices()),
);
