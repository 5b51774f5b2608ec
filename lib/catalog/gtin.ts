/** GS1 check digit of the first 12 digits of a GTIN-13 (weights 1 and 3 alternating from the left). */
export const computeGtin13CheckDigit = (first12: string): string => {
  if (!/^\d{12}$/.test(first12)) throw new Error("A GTIN-13 body is 12 digits");
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
};

export const isValidGtin13 = (gtin: string): boolean =>
  /^\d{13}$/.test(gtin) && computeGtin13CheckDigit(gtin.slice(0, 12)) === gtin[12];
