/** Pure: an ISO calendar date (2026-11-29) as operators type and read it, 29/11/2026; anything else unchanged. */
export const isoDateToInput = (value: string): string => {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
};

/**
 * Pure: a date typed as DD/MM/YYYY (days and months with or without their leading zero) as ISO, for the schemas;
 * ISO passes through. Anything else comes back trimmed, for the schema to refuse with its message.
 */
export const inputToIsoDate = (text: string): string => {
  const typed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return typed ? `${typed[3]}-${typed[2]?.padStart(2, "0")}-${typed[1]?.padStart(2, "0")}` : text.trim();
};
