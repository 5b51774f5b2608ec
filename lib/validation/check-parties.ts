import type { TExtractedHeader } from "@/lib/extraction/schemas";
import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";
import type { TValidationFinding } from "./schemas";

/** NIT check digits are reported for review, never a rejection: some issuers' test documents carry wrong DVs. */
export const checkParties = ({ header }: { header: TExtractedHeader }): TValidationFinding[] => {
  const findings: TValidationFinding[] = [];
  const parties = [
    {
      role: "proveedor",
      nitField: "header.supplierNit",
      field: "header.supplierDv",
      nit: header.supplierNit?.value,
      dv: header.supplierDv?.value,
    },
    {
      role: "cliente",
      nitField: "header.customerId",
      field: "header.customerDv",
      nit: header.customerId?.value,
      dv: header.customerDv?.value,
    },
  ];
  for (const { role, nitField, field, nit, dv } of parties) {
    if (!nit || !dv) continue;
    const expected = computeNitCheckDigit(nit);
    if (expected === null) {
      findings.push({
        code: "NIT_MALFORMED",
        severity: "warning",
        field: nitField,
        message: `El NIT del ${role} (${nit}) no tiene el formato de un NIT.`,
      });
    } else if (expected !== dv) {
      findings.push({
        code: "NIT_CHECK_DIGIT_INVALID",
        severity: "warning",
        field,
        message: `El dígito de verificación del NIT del ${role} ${nit} debería ser ${expected}, no ${dv}.`,
      });
    }
  }
  const currency = header.currency?.value;
  if (currency && currency !== "COP") {
    findings.push({
      code: "FOREIGN_CURRENCY",
      severity: "warning",
      field: "header.currency",
      message: `La factura está en ${currency}: confirme la tasa de cambio antes de registrarla.`,
    });
  }
  return findings;
};
