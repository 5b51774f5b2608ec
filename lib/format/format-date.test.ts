import { describe, expect, test } from "vitest";
import { startOfBogotaDay } from "./bogota-day";
import { formatCalendarDate, formatDate, formatDateTime } from "./format-date";

describe("dates in Bogotá", () => {
  test("an instant after midnight UTC is still the previous day in Bogotá", () => {
    expect(formatDate(new Date("2026-11-24T03:30:00Z"))).toBe("23/11/2026");
    expect(formatDateTime("2026-11-24T03:30:00Z")).toBe("23/11/2026 22:30");
  });

  test("calendar dates are never shifted by the time zone", () => {
    expect(formatCalendarDate(new Date("2019-11-28T00:00:00Z"))).toBe("28/11/2019");
    expect(formatCalendarDate("2026-01-01")).toBe("01/01/2026");
  });

  test("start of the Bogotá day is 05:00 UTC", () => {
    expect(startOfBogotaDay(new Date("2026-11-24T03:30:00Z")).toISOString()).toBe("2026-11-23T05:00:00.000Z");
    expect(startOfBogotaDay(new Date("2026-11-24T05:00:00Z")).toISOString()).toBe("2026-11-24T05:00:00.000Z");
  });
});
