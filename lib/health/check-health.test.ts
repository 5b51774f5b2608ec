import { expect, test } from "vitest";
import { checkHealth } from "./check-health";

test("reports the database up with its extensions, local storage writable, and the configured modes", async () => {
  const report = await checkHealth();
  expect(report.database.status).toBe("ok");
  expect(report.storage).toMatchObject({ status: "ok", driver: "local" });
  expect(report.ocr.engine).toBe("local");
  // No launcher started an executor for this process.
  expect(report.background).toMatchObject({ mode: "local-executor", status: "unavailable" });
  expect(report.status).not.toBe("down");
});
