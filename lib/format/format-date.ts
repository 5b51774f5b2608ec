export const BOGOTA_TIME_ZONE = "America/Bogota";

const dateFormatter = new Intl.DateTimeFormat("es-CO", {
  timeZone: BOGOTA_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

const timeFormatter = new Intl.DateTimeFormat("es-CO", {
  timeZone: BOGOTA_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const calendarDateFormatter = new Intl.DateTimeFormat("es-CO", {
  timeZone: "UTC",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** An instant as the day it was in Bogotá: DD/MM/YYYY. */
export const formatDate = (value: Date | string): string => dateFormatter.format(toDate(value));

/** An instant in Bogotá time: DD/MM/YYYY HH:mm. */
export const formatDateTime = (value: Date | string): string =>
  `${dateFormatter.format(toDate(value))} ${timeFormatter.format(toDate(value))}`;

/**
 * A calendar date without a time (an invoice's issue date, stored as DATE): formatted as is, never shifted by
 * the time zone, DD/MM/YYYY.
 */
export const formatCalendarDate = (value: Date | string): string => calendarDateFormatter.format(toDate(value));
