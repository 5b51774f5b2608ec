export type SummarySpan = "year" | "quarter" | "month";

export type DateRangeTiles = {
  /** Whole calendar spans inside the range, each by its first day (YYYY-MM-DD). */
  spans: { span: SummarySpan; start: string }[];
  /** Inclusive day ranges left over at the edges (at most two). */
  days: { from: string; to: string }[];
};

export type SplitDateRangeOptions = { from: string; to: string };

const toIso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addMonths = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/**
 * Tiles an inclusive date range with the largest whole calendar spans that fit (years, then quarters, then months)
 * and leaves the ragged edges as day ranges. Left to right, greedy: 2024-11-10..2026-11-30 becomes days 10–30 Nov
 * 2024, December 2024, year 2025, Q1–Q3 2026, October and November 2026.
 */
export const splitDateRange = ({ from, to }: SplitDateRangeOptions): DateRangeTiles => {
  const end = utc(to);
  const spans: DateRangeTiles["spans"] = [];
  const days: DateRangeTiles["days"] = [];
  let cursor = utc(from);
  while (cursor <= end) {
    const month = cursor.getUTCMonth();
    const isMonthStart = cursor.getUTCDate() === 1;
    const fits = (months: number) => addDays(addMonths(cursor, months), -1) <= end;
    const candidates: [SummarySpan, number, boolean][] = [
      ["year", 12, isMonthStart && month === 0],
      ["quarter", 3, isMonthStart && month % 3 === 0],
      ["month", 1, isMonthStart],
    ];
    const chosen = candidates.find(([, months, aligned]) => aligned && fits(months));
    if (chosen) {
      spans.push({ span: chosen[0], start: toIso(cursor) });
      cursor = addMonths(cursor, chosen[1]);
      continue;
    }
    const monthEnd = addDays(addMonths(cursor, 1), -1);
    const last = monthEnd < end ? monthEnd : end;
    const previous = days.at(-1);
    if (previous && toIso(addDays(utc(previous.to), 1)) === toIso(cursor)) previous.to = toIso(last);
    else days.push({ from: toIso(cursor), to: toIso(last) });
    cursor = addDays(last, 1);
  }
  return { spans, days };
};
