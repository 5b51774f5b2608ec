import { BOGOTA_TIME_ZONE } from "@/lib/format/format-date";

const isoDayFormatter = new Intl.DateTimeFormat("en-CA", { timeZone: BOGOTA_TIME_ZONE });

/** Today's calendar date in Bogotá as YYYY-MM-DD (what effective dates and registration dates are compared in). */
export const bogotaToday = (now: Date = new Date()): string => isoDayFormatter.format(now);
