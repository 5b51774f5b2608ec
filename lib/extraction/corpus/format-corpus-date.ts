export type FormatCorpusDateOptions = { isoDate: string; style: "dmy" | "iso" | "long" };

const MONTH_NAMES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"] as const;

/** Prints a date the three ways Colombian invoices usually do: 28/11/2019, 2019-11-28, 28 de noviembre de 2019. */
export const formatCorpusDate = ({ isoDate, style }: FormatCorpusDateOptions): string => {
  const [year, month, day] = isoDate.split("-");
  if (style === "iso") return isoDate;
  if (style === "dmy") return `${day}/${month}/${year}`;
  return `${Number(day)} de ${MONTH_NAMES[Number(month) - 1] ?? ""} de ${year}`;
};
