import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date";

describe("parseDate", () => {
  it.each([
    ["28/11/2019", "2019-11-28"],
    ["28-11-2019", "2019-11-28"],
    ["1/2/2026", "2026-02-01"],
    ["2019-11-28", "2019-11-28"],
    ["2019/11/28", "2019-11-28"],
    ["28 de noviembre de 2019", "2019-11-28"],
    ["28 de Noviembre del 2019", "2019-11-28"],
    ["5 de septiembre de 2025", "2025-09-05"],
    ["5 de setiembre de 2025", "2025-09-05"],
    ["15 mar 2025", "2025-03-15"],
    ["29/02/2024", "2024-02-29"],
    ["2025-11-28T10:00:00", "2025-11-28"],
  ])("reads %s as %s", (text, iso) => {
    expect(parseDate({ text })).toBe(iso);
  });

  it.each(["31/02/2025", "29/02/2025", "13/13/2025", "2025-00-10", "32 de enero de 2025", "28 de brumario de 2019", "11/28", "fecha", "28/11/1890"])("refuses %s", (text) => {
    expect(parseDate({ text })).toBeNull();
  });
});
