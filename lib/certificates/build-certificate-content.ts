import Decimal from "decimal.js";
import { ZExclusionReason, type TExclusionReason } from "@/lib/commissions/schemas";
import { AppError } from "@/lib/errors";
import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";
import { ZCertificateContent, type TCertificateContent, type TCertificateExclusion, type TCertificateParty } from "./schemas";

type TAmount = { toString(): string };
type TOrganizationRow = { name: string; nit: string; dv: string };

export type TCertificateSource = {
  invoice: {
    number: string | null;
    issueDate: Date | null;
    cufe: string | null;
    supplier: TOrganizationRow | null;
    customer: TOrganizationRow | null;
    lines: { lineNumber: number; description: string }[];
  };
  commission: {
    registeredOn: Date;
    invoiceTotal: TAmount;
    eligibleAmount: TAmount;
    excludedAmount: TAmount;
    feeAmount: TAmount;
    commissionAmount: TAmount;
    withholdingAvoided: TAmount;
    ruleSet: { version: number };
    lines: { lineNumber: number; classificationCode: string | null; excludedReason: string | null; lineAmount: TAmount }[];
  };
};

export type BuildCertificateContentOptions = {
  source: TCertificateSource;
  certificateNumber: string;
  issuedAt: Date;
  verificationCode: string;
  /** Public origin of the app (NEXTAUTH_URL), without a trailing slash. */
  publicBaseUrl: string;
};

const money = (value: TAmount) => new Decimal(value.toString()).toFixed(2);
const isoDate = (value: Date) => value.toISOString().slice(0, 10);

/** The check digit is recomputed from the NIT (DIAN's rule), so a mistyped DV in the register never reaches a certificate. */
const toParty = (organization: TOrganizationRow): TCertificateParty => ({
  name: organization.name,
  nit: organization.nit,
  dv: computeNitCheckDigit(organization.nit) ?? organization.dv,
});

/** The certificate's content from the invoice and its commission as loaded: pure, so issue and tests share it. */
export const buildCertificateContent = ({
  source: { invoice, commission },
  certificateNumber,
  issuedAt,
  verificationCode,
  publicBaseUrl,
}: BuildCertificateContentOptions): TCertificateContent => {
  if (!invoice.number || !invoice.issueDate || !invoice.supplier) {
    throw new AppError("INVOICE_NOT_READY", {
      message: "La factura no tiene número, fecha de expedición o proveedor identificado; corríjala antes de emitir el certificado.",
    });
  }
  const descriptions = new Map(invoice.lines.map((line) => [line.lineNumber, line.description]));
  const sortedLines = [...commission.lines].sort((a, b) => a.lineNumber - b.lineNumber);
  const eligibleLines = sortedLines
    .filter((line) => line.excludedReason === null)
    .map((line) => ({
      lineNumber: line.lineNumber,
      description: descriptions.get(line.lineNumber) ?? `Línea ${line.lineNumber}`,
      classificationCode: line.classificationCode,
      amount: money(line.lineAmount),
    }));
  const byReason = new Map<TExclusionReason, { count: number; amount: Decimal }>();
  for (const line of sortedLines) {
    if (line.excludedReason === null) continue;
    const reason = ZExclusionReason.parse(line.excludedReason);
    const entry = byReason.get(reason) ?? { count: 0, amount: new Decimal(0) };
    byReason.set(reason, { count: entry.count + 1, amount: entry.amount.plus(line.lineAmount.toString()) });
  }
  const reasons: TCertificateExclusion[] = ZExclusionReason.options
    .filter((reason) => byReason.has(reason))
    .map((reason) => ({ reason, count: byReason.get(reason)!.count, amount: byReason.get(reason)!.amount.toFixed(2) }));

  return ZCertificateContent.parse({
    certificateNumber,
    issuedAt: issuedAt.toISOString(),
    supplier: toParty(invoice.supplier),
    customer: invoice.customer ? toParty(invoice.customer) : null,
    invoice: { number: invoice.number, issueDate: isoDate(invoice.issueDate), cufe: invoice.cufe },
    registeredOn: isoDate(commission.registeredOn),
    eligibleLines,
    excluded: { count: reasons.reduce((sum, reason) => sum + reason.count, 0), amount: money(commission.excludedAmount), reasons },
    registeredValue: money(commission.invoiceTotal),
    eligibleAmount: money(commission.eligibleAmount),
    feeAmount: money(commission.feeAmount),
    commissionAmount: money(commission.commissionAmount),
    withholdingAvoided: money(commission.withholdingAvoided),
    ruleSetVersion: commission.ruleSet.version,
    verificationCode,
    verificationUrl: `${publicBaseUrl}/verificar/${verificationCode}`,
  });
};
