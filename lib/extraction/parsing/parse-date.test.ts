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

describe("parseDate, formats Textract returns", () => {
  it.each([
    ["20/11/2026", "2026-11-20"],
    ["03/04/2026", "2026-04-03"],
    ["3-4-26", "2026-04-03"],
    ["2026-11-20", "2026-11-20"],
    ["2026/11/20 18:14:37", "2026-11-20"],
    ["20 de noviembre de 2026", "2026-11-20"],
    ["20-NOV-2026", "2026-11-20"],
    ["5 ago. 2026", "2026-08-05"],
    ["1 de septiembre de 2026", "2026-09-01"],
    ["Dec 1, 2026", "2026-12-01"],
    ["Fecha: 15.01.2026", "2026-01-15"],
  ])("%s → %s", (text, expected) => {
    expect(parseDate({ text })).toBe(expected);
  });

  it.each(["31/02/2026", "2026-13-01", "hoy", "20 de brumario de 2026", "12345"])("rejects %j", (text) => {
    expect(parseDate({ text })).toBeNull();
  });
});
