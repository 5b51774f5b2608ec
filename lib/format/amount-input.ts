/**
 * Pure: an amount as an operator types it, as a decimal string. Colombian style ("$ 1.050.000,50": dots group
 * thousands, the comma is decimal) and plain style ("1050000.50") are both accepted; a lone dot followed by exactly
 * three digits ("1.050") is read as thousands, as it would be printed on an invoice. Anything else comes back as typed,
 * for the schema to reject.
 */
export const parseAmountInput = (text: string): string => {
  const compact = text.replace(/[$\s]/g, "");
  if (compact.includes(",")) return compact.replace(/\./g, "").replace(",", ".");
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return compact.replace(/\./g, "");
  return compact;
};
