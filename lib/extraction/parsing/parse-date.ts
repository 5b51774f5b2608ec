export type ParseDateOptions = {
  /** "20/11/2026", "20-11-26", "2026-11-20", "20 de noviembre de 2026", "20-NOV-2026", "Nov 20, 2026". */
  text: string;
};

const MONTHS: Record<string, number> = {
  ene: 1, jan: 1, feb: 2, mar: 3, abr: 4, apr: 4, may: 5, jun: 6, jul: 7,
  ago: 8, aug: 8, sep: 9, set: 9, oct: 10, nov: 11, dic: 12, dec: 12,
};

/** Outside these years a "date" is a misread number (an invoice is neither from 1890 nor from 2190). */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

const iso = (year: number, month: number, day: number): string | null => {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

const fullYear = (year: string): number => (year.length === 2 ? 2000 + Number(year) : Number(year));

const monthOf = (name: string): number | undefined =>
  MONTHS[name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().slice(0, 3)];

/**
 * A printed date to ISO YYYY-MM-DD, or null. Numeric dates are day first, as in Colombia (03/04/2026 is 3 April);
 * only a four-digit year in front makes them year-month-day. Impossible dates (31/02) are null, never rolled over.
 */
export const parseDate = ({ text }: ParseDateOptions): string | null => {
  const value = text.trim();
  const yearFirst = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value);
  if (yearFirst) return iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const dayFirst = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/.exec(value);
  if (dayFirst) return iso(fullYear(dayFirst[3]!), Number(dayFirst[2]), Number(dayFirst[1]));
  const named = /(\d{1,2})(?:\s+de\s+|[\s\-/.]+)([A-Za-zÁÉÍÓÚáéíóú]{3,})\.?(?:\s+del?\s+|[\s\-/.,]+)(\d{4}|\d{2})(?!\d)/.exec(value);
  if (named) {
    const month = monthOf(named[2]!);
    return month ? iso(fullYear(named[3]!), month, Number(named[1])) : null;
  }
  const monthFirst = /([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(value);
  if (monthFirst) {
    const month = monthOf(monthFirst[1]!);
    return month ? iso(Number(monthFirst[3]), month, Number(monthFirst[2])) : null;
  }
  return null;
};
