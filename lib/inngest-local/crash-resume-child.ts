/**
 * Test helper process for crash-resume.test.ts: runs a local executor against DATABASE_URL and APP_URL (with
 * checkpointing unless CHECKPOINTING=false) and prints its Event API URL (before the first sync: the test serves
 * its functions once it knows it), until the test SIGKILLs it.
 */
import { startLocalExecutor } from "./start-local-executor";

const executor = await startLocalExecutor({
  databaseUrl: process.env.DATABASE_URL ?? "",
  appUrl: process.env.APP_URL ?? "",
  port: 0,
  workers: 2,
  pollMs: 100,
  leaseMs: 1000,
  backoffBaseMs: 20,
  checkpointing: process.env.CHECKPOINTING !== "false",
  log: () => undefined,
});
process.stdout.write(`${executor.url}\n`);
await executor.ready;
