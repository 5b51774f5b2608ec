import { expect, test } from "vitest";

test("a database that does not answer makes the report 'down'", async () => {
  // A port nothing listens on; set before lib/db creates its client.
  process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/cotejo";
  const { checkHealth } = await import("./check-health");
  const report = await checkHealth();
  expect(report.status).toBe("down");
  expect(report.database.status).toBe("down");
  expect(report.storage.status).toBe("ok");
});
