import type { TExtractedHeader } from "@/lib/extraction/schemas";
import { calendarDaysBetween } from "@/lib/format/bogota-day";
import { formatCalendarDate } from "@/lib/format/format-date";
import type { TValidationFinding } from "./schemas";

const EARLIEST_PLAUSIBLE = "2000-01-01";

export type CheckDatesOptions = {
  header: Pick<TExtractedHeader, "issueDate" | "dueDate">;
  /** Today's calendar date in Bogotá, YYYY-MM-DD. */
  today: string;
  /** From the rule set in force (Decree 1555: 180 calendar days). */
  maxInvoiceAgeDays: number;
};

/** Issue date present and sane, not in the future, not past the registration window; due date not before it. */
export const checkDates = ({ header, today, maxInvoiceAgeDays }: CheckDatesOptions): TValidationFinding[] => {
  const issueDate = header.issueDate?.value;
  if (!issueDate) return [];
  const findings: TValidationFinding[] = [];
  if (Number.isNaN(Date.parse(issueDate)) || issueDate < EARLIEST_PLAUSIBLE) {
    return [
      {
        code: "ISSUE_DATE_IMPLAUSIBLE",
        severity: "error",
        field: "header.issueDate",
        message: `La fecha de emisión ${issueDate} no es una fecha válida para una factura electrónica.`,
      },
    ];
  }
  const age = calendarDaysBetween(issueDate, today);
  if (age < 0) {
    findings.push({
      code: "ISSUE_DATE_IN_FUTURE",
      severity: "error",
      field: "header.issueDate",
      message: `La fecha de emisión ${formatCalendarDate(issueDate)} es posterior a hoy.`,
    });
  } else if (age > maxInvoiceAgeDays) {
    findings.push({
      code: "INVOICE_TOO_OLD",
      severity: "error",
      field: "header.issueDate",
      message:
        `La factura tiene ${age} días (emitida el ${formatCalendarDate(issueDate)}); ` +
        `solo se registran facturas de hasta ${maxInvoiceAgeDays} días calendario.`,
    });
  }
  const dueDate = header.dueDate?.value;
  if (dueDate && dueDate < issueDate) {
    findings.push({
      code: "DUE_DATE_BEFORE_ISSUE",
      severity: "warning",
      field: "header.dueDate",
      message: `La fecha de vencimiento ${formatCalendarDate(dueDate)} es anterior a la de emisión.`,
    });
  }
  return findings;
};
