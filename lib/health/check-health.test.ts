import { expect, test } from "vitest";
import { checkHealth } from "./check-health";

test("reports the database up with its extensions, local storage writable, and the configured modes", async () => {
  const report = await checkHealth();
  expect(report.database.status).toBe("ok");
  expect(report.storage).toMatchObject({ status: "ok", driver: "local" });
  expect(report.ocr.engine).toBe("local");
  expect(report.background.mode).toBe("local-executor");
  expect(report.status).not.toBe("down");
});
