import type { TReportGranularity } from "./schemas";

const MONTH_NAMES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

export type FormatPeriodLabelOptions = {
  /** The period's first day, YYYY-MM-DD. */
  start: string;
  granularity: TReportGranularity;
};

/** How a period reads in Spanish: 31/01/2026, enero de 2026, T1 2026, 2026. */
export const formatPeriodLabel = ({ start, granularity }: FormatPeriodLabelOptions): string => {
  const [year = "", month = "", day = ""] = start.split("-");
  switch (granularity) {
    case "day":
      return `${day}/${month}/${year}`;
    case "month":
      return `${MONTH_NAMES[Number(month) - 1] ?? month} de ${year}`;
    case "quarter":
      return `T${Math.floor((Number(month) - 1) / 3) + 1} ${year}`;
    case "year":
      return year;
  }
};
