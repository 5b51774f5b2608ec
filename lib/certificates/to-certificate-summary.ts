import type { TCertificateSummary } from "./schemas";

type TCertificateRow = {
  id: string;
  number: string;
  invoiceId: string;
  verificationCode: string;
  sha256: string;
  issuedAt: Date;
  voidedAt: Date | null;
};

export const toCertificateSummary = (row: TCertificateRow): TCertificateSummary => ({
  id: row.id,
  number: row.number,
  invoiceId: row.invoiceId,
  status: row.voidedAt ? "VOIDED" : "VALID",
  verificationCode: row.verificationCode,
  sha256: row.sha256,
  issuedAt: row.issuedAt.toISOString(),
});
