/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
export const quoteCsvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
