import { z } from "zod";
import { ZDecimalString, ZExclusionReason, ZIsoDate } from "@/lib/commissions/schemas";

/** BMC-2026-000123: the year of issue (Bogotá) and the gapless sequence within it. */
export const ZCertificateNumber = z.string().regex(/^BMC-\d{4}-\d{6,}$/, "Número de certificado inválido");

/** Crockford base32 in groups of four, as printed and typed: 7KQ2-M9XD-… */
export const ZVerificationCode = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/, "Código de verificación inválido");

export const ZCertificateParty = z.object({
  name: z.string().min(1),
  /** NIT digits without the check digit. */
  nit: z.string().regex(/^\d{1,15}$/),
  dv: z.string().regex(/^\d$/),
});
export type TCertificateParty = z.infer<typeof ZCertificateParty>;

export const ZCertificateLine = z.object({
  lineNumber: z.number().int().positive(),
  description: z.string(),
  classificationCode: z.string().nullable(),
  amount: ZDecimalString,
});
export type TCertificateLine = z.infer<typeof ZCertificateLine>;

export const ZCertificateExclusion = z.object({
  reason: ZExclusionReason,
  count: z.number().int().positive(),
  amount: ZDecimalString,
});
export type TCertificateExclusion = z.infer<typeof ZCertificateExclusion>;

/**
 * Everything a certificate PDF shows, kept in Certificate.content: the PDF is a pure function of this value, so a
 * re-render years later gives the same bytes and the stored SHA-256 still matches.
 */
export const ZCertificateContent = z.object({
  certificateNumber: ZCertificateNumber,
  /** The instant of issue (ISO 8601 UTC); printed in Bogotá time. */
  issuedAt: z.iso.datetime(),
  supplier: ZCertificateParty,
  /** Null when the invoice names no identifiable buyer. */
  customer: ZCertificateParty.nullable(),
  invoice: z.object({
    number: z.string().min(1),
    issueDate: ZIsoDate,
    cufe: z.string().nullable(),
  }),
  /** Registration date (Bogotá) the rule set was chosen by. */
  registeredOn: ZIsoDate,
  eligibleLines: z.array(ZCertificateLine),
  excluded: z.object({
    count: z.number().int().min(0),
    amount: ZDecimalString,
    reasons: z.array(ZCertificateExclusion),
  }),
  /** The invoice's payable total as registered. */
  registeredValue: ZDecimalString,
  eligibleAmount: ZDecimalString,
  feeAmount: ZDecimalString,
  commissionAmount: ZDecimalString,
  withholdingAvoided: ZDecimalString,
  ruleSetVersion: z.number().int().positive(),
  verificationCode: ZVerificationCode,
  verificationUrl: z.url(),
});
export type TCertificateContent = z.infer<typeof ZCertificateContent>;

export const ZCertificateStatus = z.enum(["VALID", "VOIDED"]);
export type TCertificateStatus = z.infer<typeof ZCertificateStatus>;

export const CERTIFICATE_STATUS_LABELS: Record<TCertificateStatus, string> = { VALID: "Vigente", VOIDED: "Anulado" };

export const ZCertificateListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  invoiceId: z.uuid(),
  invoiceNumber: z.string().nullable(),
  supplierName: z.string().nullable(),
  issuedAt: z.string(),
  status: ZCertificateStatus,
  voidReason: z.string().nullable(),
  /** Number of the certificate that replaced this one, when it was reissued. */
  replacedByNumber: z.string().nullable(),
});
export type TCertificateListItem = z.infer<typeof ZCertificateListItem>;

export const ZCertificatePage = z.object({ items: z.array(ZCertificateListItem), total: z.number().int().min(0) });
export type TCertificatePage = z.infer<typeof ZCertificatePage>;

/** What one certificate operation returns to the UI. */
export const ZCertificateSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  invoiceId: z.uuid(),
  status: ZCertificateStatus,
  verificationCode: z.string(),
  sha256: z.string(),
  issuedAt: z.string(),
});
export type TCertificateSummary = z.infer<typeof ZCertificateSummary>;

export const ZReissueCertificateResult = z.object({ voided: ZCertificateSummary, issued: ZCertificateSummary });
export type TReissueCertificateResult = z.infer<typeof ZReissueCertificateResult>;

export const ZIssueCertificateBody = z.object({ invoiceId: z.uuid() });

export const ZVoidReason = z
  .string()
  .trim()
  .min(5, "Explique el motivo (al menos 5 caracteres)")
  .max(500, "El motivo admite hasta 500 caracteres");
export const ZVoidCertificateBody = z.object({ reason: ZVoidReason });

export const ZEmailCertificateBody = z.object({
  to: z.array(z.email("Correo inválido").max(254)).min(1, "Indique al menos un destinatario").max(5, "Hasta 5 destinatarios"),
  message: z.string().trim().max(2000).optional(),
});
export type TEmailCertificateBody = z.infer<typeof ZEmailCertificateBody>;

export const ZEmailCertificateResult = z.object({ messageId: z.string(), accepted: z.array(z.string()) });
export type TEmailCertificateResult = z.infer<typeof ZEmailCertificateResult>;

/** The public verification page's view: minimal data, no lines, no people. */
export const ZCertificateVerification = z.discriminatedUnion("status", [
  z.object({ status: z.literal("NOT_FOUND") }),
  z.object({
    status: ZCertificateStatus,
    number: z.string(),
    issuedAt: z.string(),
    supplierName: z.string(),
    supplierNit: z.string(),
    invoiceNumber: z.string(),
    registeredValue: ZDecimalString,
    voidedAt: z.string().nullable(),
    voidReason: z.string().nullable(),
    replacedByNumber: z.string().nullable(),
  }),
]);
export type TCertificateVerification = z.infer<typeof ZCertificateVerification>;

export const ZVerifyUploadResult = z.object({ match: z.boolean() });
export type TVerifyUploadResult = z.infer<typeof ZVerifyUploadResult>;

export const CERTIFICATE_PDF_MAX_BYTES = 10 * 1024 * 1024;
