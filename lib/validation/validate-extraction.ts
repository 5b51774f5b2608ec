import type { TExtractionResult } from "@/lib/extraction/schemas";
import { checkArithmetic } from "./check-arithmetic";
import { checkCufe } from "./check-cufe";
import { checkDates } from "./check-dates";
import { checkParties } from "./check-parties";
import { REQUIRED_FIELD_LABELS, REQUIRED_HEADER_FIELDS } from "./required-fields";
import { ZValidationOutcome, type TValidationFinding, type TValidationOutcome } from "./schemas";

/** Findings that no correction can fix: the invoice cannot be registered. */
const NOT_REGISTRABLE = new Set(["INVOICE_TOO_OLD"]);

export const DEFAULT_AUTO_APPROVE_THRESHOLD = 0.9;

export type ValidateExtractionOptions = {
  result: Pick<TExtractionResult, "header" | "lines" | "cufeCheck">;
  /** Today's calendar date in Bogotá, YYYY-MM-DD. */
  today: string;
  maxInvoiceAgeDays: number;
  /** Another invoice with the same supplier NIT and number (different bytes), if one exists. */
  duplicateOfInvoiceId: string | null;
  /** Invoices at or above this confidence with no findings skip review. */
  autoApproveThreshold?: number;
};

/**
 * Pure: every check on an extracted invoice, its confidence (the weakest required field) and whether it can be
 * approved without an operator. Every finding has a stable code and a Spanish message.
 */
export const validateExtraction = ({
  result,
  today,
  maxInvoiceAgeDays,
  duplicateOfInvoiceId,
  autoApproveThreshold = DEFAULT_AUTO_APPROVE_THRESHOLD,
}: ValidateExtractionOptions): TValidationOutcome => {
  const { header } = result;
  const missing: TValidationFinding[] = REQUIRED_HEADER_FIELDS.filter((field) => header[field] === null).map(
    (field) => ({
      code: "REQUIRED_FIELD_MISSING",
      severity: "error",
      field: `header.${field}`,
      message: `Falta el ${REQUIRED_FIELD_LABELS[field]}.`,
    }),
  );
  const duplicate: TValidationFinding[] = duplicateOfInvoiceId
    ? [
        {
          code: "DUPLICATE_SUPPLIER_NUMBER",
          severity: "error",
          field: "header.number",
          message: `Ya existe otra factura del mismo proveedor con el número ${header.number?.value ?? ""} (id ${duplicateOfInvoiceId}).`,
        },
      ]
    : [];
  const findings = [
    ...missing,
    ...checkDates({ header, today, maxInvoiceAgeDays }),
    ...checkParties({ header }),
    ...checkArithmetic(result),
    ...checkCufe(result),
    ...duplicate,
  ];
  const confidence = Math.min(...REQUIRED_HEADER_FIELDS.map((field) => header[field]?.confidence ?? 0));
  const needsOperator = findings.some((finding) => finding.severity !== "info");
  return ZValidationOutcome.parse({
    findings,
    confidence,
    decision: !needsOperator && confidence >= autoApproveThreshold ? "auto-approve" : "review",
    isRegistrable: !findings.some((finding) => NOT_REGISTRABLE.has(finding.code)),
  });
};
