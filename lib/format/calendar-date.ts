// DATE columns come back from PostgreSQL as UTC midnight; these convert between them and YYYY-MM-DD without ever
// applying a time zone, so a calendar date never shifts by a day.

/** A DATE column's value as YYYY-MM-DD. */
export const calendarDateToIso = (date: Date): string => date.toISOString().slice(0, 10);

/** YYYY-MM-DD as the Date a DATE column stores. */
export const isoToCalendarDate = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);
