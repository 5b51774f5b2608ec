import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { getEnv } from "@/lib/env";
import { runIntegrityCheck } from "@/lib/pipeline/run-integrity-check";

/** Daily: re-hashes a sample of stored objects against their recorded SHA-256 and reports mismatches. */
export const integrityCheck = inngest.createFunction(
  { id: "integrity-check", triggers: [cron(getEnv().INTEGRITY_CRON)], retries: 2 },
  async ({ step }) => step.run("check", () => runIntegrityCheck()),
);
