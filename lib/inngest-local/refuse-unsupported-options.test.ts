import { expect, test } from "vitest";
import { startTestApp } from "./serve-test-app";
import { startLocalExecutor } from "./start-local-executor";

test("start-up refuses functions that use flow control the executor does not implement, naming each", async () => {
  const app = await startTestApp();
  const executor = await startLocalExecutor({
    databaseUrl: process.env.DATABASE_URL ?? "",
    appUrl: app.appUrl,
    port: 0,
    log: () => undefined,
  });
  try {
    const client = app.createClient("r", executor.url);
    app.serveFunctions(client, [
      client.createFunction(
        { id: "debounced", debounce: { period: "5s" }, triggers: [{ event: "r/a" }] },
        async () => "x",
      ),
      client.createFunction(
        { id: "throttled", throttle: { limit: 1, period: "1s" }, cancelOn: [{ event: "r/stop" }], triggers: [{ event: "r/b" }] },
        async () => "x",
      ),
      client.createFunction({ id: "plain", triggers: [{ event: "r/c" }] }, async () => "x"),
    ]);
    await expect(executor.ready).rejects.toThrow(/r-debounced: debounce; r-throttled: throttle; r-throttled: cancelOn/);
  } finally {
    await executor.stop();
    await app.close();
  }
});
