import Decimal from "decimal.js";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { formatCop } from "@/lib/format/format-cop";
import { isWithinTolerance } from "./amount-tolerance";
import type { TValidationFinding } from "./schemas";

const VALID_IVA_RATES = ["0", "5", "19"];
const IVA_SCHEME = "01";

const sum = (values: (string | undefined)[]) => values.reduce((total, value) => total.plus(value ?? 0), new Decimal(0));

/**
 * Lines add up to the subtotal; subtotal + taxes − allowances + charges − prepaid equals the total (DIAN's
 * payable amount), or that minus withholdings when the document prints the net; IVA rates are 0, 5 or 19 %
 * and each tax amount matches its base × rate.
 */
export const checkArithmetic = ({ header, lines }: Pick<TExtractionResult, "header" | "lines">): TValidationFinding[] => {
  const findings: TValidationFinding[] = [];

  const lineAmounts = lines.map((line) => line.lineAmount?.value);
  if (header.subtotal && lines.length > 0) {
    if (lineAmounts.some((amount) => amount === undefined)) {
      findings.push({
        code: "LINE_AMOUNT_MISSING",
        severity: "warning",
        field: "lines",
        message: "Hay líneas sin valor total: no se pudo comprobar que sumen el subtotal.",
      });
    } else {
      const linesTotal = sum(lineAmounts);
      if (!isWithinTolerance(linesTotal, new Decimal(header.subtotal.value), lines.length)) {
        findings.push({
          code: "LINES_SUM_MISMATCH",
          severity: "error",
          field: "header.subtotal",
          message: `Las líneas suman ${formatCop(linesTotal)} pero el subtotal es ${formatCop(header.subtotal.value)}.`,
        });
      }
    }
  }

  if (header.subtotal && header.total) {
    const taxes = sum(header.taxes.map((tax) => tax.amount.value));
    const withholdings = sum(header.withholdings.map((tax) => tax.amount.value));
    const gross = new Decimal(header.subtotal.value)
      .plus(taxes)
      .minus(header.allowanceTotal?.value ?? 0)
      .plus(header.chargeTotal?.value ?? 0)
      .minus(header.prepaidAmount?.value ?? 0);
    const total = new Decimal(header.total.value);
    const terms = header.taxes.length + 1;
    if (!isWithinTolerance(total, gross, terms) && !isWithinTolerance(total, gross.minus(withholdings), terms)) {
      findings.push({
        code: "TOTAL_MISMATCH",
        severity: "error",
        field: "header.total",
        message:
          `El total ${formatCop(total)} no cuadra: subtotal + impuestos − descuentos + cargos da ${formatCop(gross)}` +
          (withholdings.isZero() ? "." : ` (o ${formatCop(gross.minus(withholdings))} descontando retenciones).`),
      });
    }
  }

  header.taxes.forEach((tax, index) => {
    const field = `header.taxes.${index}`;
    if (tax.scheme.value === IVA_SCHEME && tax.rate && !VALID_IVA_RATES.some((rate) => new Decimal(rate).eq(tax.rate?.value ?? -1))) {
      findings.push({
        code: "IVA_RATE_INVALID",
        severity: "error",
        field: `${field}.rate`,
        message: `Tarifa de IVA ${tax.rate.value} % no válida: en Colombia es 0 %, 5 % o 19 %.`,
      });
    }
    if (tax.rate && tax.taxableAmount) {
      const expected = new Decimal(tax.taxableAmount.value).times(tax.rate.value).dividedBy(100);
      if (!isWithinTolerance(new Decimal(tax.amount.value), expected, 1)) {
        findings.push({
          code: "TAX_AMOUNT_MISMATCH",
          severity: "warning",
          field: `${field}.amount`,
          message: `El impuesto ${formatCop(tax.amount.value)} no corresponde a ${tax.rate.value} % de ${formatCop(tax.taxableAmount.value)}.`,
        });
      }
    }
  });

  const negatives = [
    ["header.subtotal", header.subtotal?.value],
    ["header.total", header.total?.value],
    ...lines.map((line, index) => [`lines.${index}.lineAmount`, line.lineAmount?.value] as const),
  ].filter(([, value]) => value !== undefined && new Decimal(value).isNegative());
  for (const [field] of negatives) {
    findings.push({
      code: "NEGATIVE_AMOUNT",
      severity: "error",
      field: field ?? null,
      message: "Hay un valor negativo; las notas crédito se registran como documento aparte, con valores positivos.",
    });
  }
  return findings;
};
