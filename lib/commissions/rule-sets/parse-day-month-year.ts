/** "05/12/2026" (or 5-12-2026) → "2026-12-05"; null unless it is a real calendar date. */
export const parseDayMonthYear = (text: string): string | null => {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [, day = "", month = "", year = ""] = match;
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  // Date rolls 31/02 over into March; a real date survives the round trip.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
};
