import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitDateRange } from "./split-date-range";

const daysOf = (from: string, to: string) => {
  const out: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day = new Date(day.getTime() + 86_400_000)) {
    out.push(day.toISOString().slice(0, 10));
  }
  return out;
};
const spanEnd = (span: "year" | "quarter" | "month", start: string) => {
  const date = new Date(`${start}T00:00:00Z`);
  const months = span === "year" ? 12 : span === "quarter" ? 3 : 1;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 0)).toISOString().slice(0, 10);
};

describe("splitDateRange", () => {
  it("uses the largest aligned spans and keeps ragged edges as days", () => {
    expect(splitDateRange({ from: "2024-11-10", to: "2026-11-30" })).toEqual({
      spans: [
        { span: "month", start: "2024-12-01" },
        { span: "year", start: "2025-01-01" },
        { span: "quarter", start: "2026-01-01" },
        { span: "quarter", start: "2026-04-01" },
        { span: "quarter", start: "2026-07-01" },
        { span: "month", start: "2026-10-01" },
        { span: "month", start: "2026-11-01" },
      ],
      days: [{ from: "2024-11-10", to: "2024-11-30" }],
    });
    expect(splitDateRange({ from: "2026-01-31", to: "2026-03-02" })).toEqual({
      spans: [{ span: "month", start: "2026-02-01" }],
      days: [{ from: "2026-01-31", to: "2026-01-31" }, { from: "2026-03-01", to: "2026-03-02" }],
    });
    expect(splitDateRange({ from: "2026-02-03", to: "2026-02-03" })).toEqual({ spans: [], days: [{ from: "2026-02-03", to: "2026-02-03" }] });
  });

  it("covers every day of any range exactly once", () => {
    const day = fc.integer({ min: 0, max: 3_000 }).map((offset) => new Date(Date.UTC(2023, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1_200 }), (from, length) => {
        const to = new Date(new Date(`${from}T00:00:00Z`).getTime() + length * 86_400_000).toISOString().slice(0, 10);
        const { spans, days } = splitDateRange({ from, to });
        expect(days.length).toBeLessThanOrEqual(2);
        const covered = [
          ...spans.flatMap(({ span, start }) => daysOf(start, spanEnd(span, start))),
          ...days.flatMap((range) => daysOf(range.from, range.to)),
        ].sort();
        expect(covered).toEqual(daysOf(from, to));
      }),
      { numRuns: 200 },
    );
  });
});
