/** GS1 check digit of the first 12 digits of a GTIN-13 (weights 1 and 3 alternating from the left). */
export const computeGtin13CheckDigit = (first12: string): string => {
  if (!/^\d{12}$/.test(first12)) throw new Error("A GTIN-13 body is 12 digits");
  const sum = [...first12].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
};

/** Char-code loop rather than a regex: the bulk loader checks every row's GTIN. */
export const isValidGtin13 = (gtin: string): boolean => {
  if (gtin.length !== 13) return false;
  let sum = 0;
  for (let index = 0; index < 12; index += 1) {
    const digit = gtin.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += index % 2 === 0 ? digit : digit * 3;
  }
  return gtin.charCodeAt(12) - 48 === (10 - (sum % 10)) % 10;
};
