import { BOGOTA_TIME_ZONE } from "./format-date";

/** Bogotá has no daylight saving time: it is UTC−5 all year. */
const BOGOTA_OFFSET_HOURS = -5;
const DAY_MS = 24 * 60 * 60 * 1000;

const isoDateFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: BOGOTA_TIME_ZONE });

/** The calendar date in Bogotá at an instant, YYYY-MM-DD. */
export const toBogotaIsoDate = (now: Date = new Date()): string => isoDateFormatter.format(now);

/** The instant today's midnight in Bogotá corresponds to. */
export const startOfBogotaDay = (now: Date = new Date()): Date => {
  const [year, month, day] = toBogotaIsoDate(now).split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, -BOGOTA_OFFSET_HOURS));
};

/** Whole calendar days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export const calendarDaysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
