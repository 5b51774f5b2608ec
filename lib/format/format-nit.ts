/** A NIT as printed on Colombian documents, digits grouped and the check digit after a dash: 900.373.115-3. */
export const formatNit = (nit: string, dv: string): string =>
  `${nit.replace(/\B(?=(\d{3})+(?!\d))/g, ".")}-${dv}`;
