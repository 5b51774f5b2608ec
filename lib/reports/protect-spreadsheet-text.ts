/** Characters with which a spreadsheet starts a formula (or that some of them strip before one). */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Text from the database (organization names, invoice numbers) reaches Excel as text, never as a formula: a value
 * that starts like one gets a leading apostrophe (OWASP CSV injection). Numbers are written as numbers, untouched.
 */
export const protectSpreadsheetText = (value: string): string =>
  FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
