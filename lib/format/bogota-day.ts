import { BOGOTA_TIME_ZONE } from "./format-date";

/** Bogotá has no daylight saving time: it is UTC−5 all year. */
const BOGOTA_OFFSET_HOURS = -5;

/** The instant today's midnight in Bogotá corresponds to. */
export const startOfBogotaDay = (now: Date = new Date()): Date => {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: BOGOTA_TIME_ZONE })
    .format(now)
    .split("-")
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, -BOGOTA_OFFSET_HOURS));
};
