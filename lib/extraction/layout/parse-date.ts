export type ParseDateOptions = { text: string };

const MONTHS: Record<string, number> = {
  enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6, jun: 6,
  julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9, sept: 9, octubre: 10, oct: 10,
  noviembre: 11, nov: 11, diciembre: 12, dic: 12,
};

const toIso = (year: number, month: number, day: number): string | null => {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

/**
 * Reads the date formats of Colombian invoices into ISO: DD/MM/YYYY (also with - or .), YYYY-MM-DD and
 * "28 de noviembre de 2019". Day-first is the Colombian convention; impossible dates give null, never a guess.
 */
export const parseDate = ({ text }: ParseDateOptions): string | null => {
  const clean = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  const iso = clean.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = clean.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/);
  if (dmy) return toIso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const long = clean.match(/^(\d{1,2})\s*(?:de\s+)?([a-z]+)\.?\s*(?:de(?:l)?\s+)?(\d{4})\b/);
  if (long) {
    const month = MONTHS[long[2] ?? ""];
    return month ? toIso(Number(long[3]), month, Number(long[1])) : null;
  }
  return null;
};
