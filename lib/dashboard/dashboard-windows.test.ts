import { expect, test } from "vitest";
import { getDashboardWindows } from "./dashboard-windows";

test("windows start at Bogotá midnights: today, six days before and 29 days before", () => {
  expect(getDashboardWindows(new Date("2026-03-10T15:00:00.000Z"))).toEqual({
    now: new Date("2026-03-10T15:00:00.000Z"),
    todayStart: new Date("2026-03-10T05:00:00.000Z"),
    todayDate: "2026-03-10",
    sevenDaysStart: new Date("2026-03-04T05:00:00.000Z"),
    thirtyDaysStart: new Date("2026-02-09T05:00:00.000Z"),
    thirtyDaysFirstDate: "2026-02-09",
  });
});

test("just before 05:00 UTC it is still the previous day in Bogotá", () => {
  const windows = getDashboardWindows(new Date("2026-03-10T04:59:59.999Z"));
  expect(windows.todayDate).toBe("2026-03-09");
  expect(windows.todayStart).toEqual(new Date("2026-03-09T05:00:00.000Z"));
  expect(getDashboardWindows(new Date("2026-03-10T05:00:00.000Z")).todayDate).toBe("2026-03-10");
});
