import type { TExtractionResult } from "@/lib/extraction/schemas";
import type { TValidationFinding } from "./schemas";

/**
 * The CUFE recomputed from the invoice's own values (electronic invoices only): a mismatch means the XML was
 * altered after DIAN validated it, or is not the document DIAN knows; without the range's technical key it can only
 * be noted, never passed as valid.
 */
export const checkCufe = ({ cufeCheck }: Pick<TExtractionResult, "cufeCheck">): TValidationFinding[] => {
  if (!cufeCheck || cufeCheck.status === "verified") return [];
  if (cufeCheck.status === "mismatch") {
    return [
      {
        code: "CUFE_MISMATCH",
        severity: "error",
        field: "header.cufe",
        message: `El CUFE no corresponde a los valores de la factura (${cufeCheck.detail}). Verifíquelo en el portal de la DIAN antes de aprobar.`,
      },
    ];
  }
  return [
    {
      code: "CUFE_NOT_VERIFIABLE",
      severity: "info",
      field: "header.cufe",
      message: "El CUFE no se pudo recalcular: falta la clave técnica del rango de numeración (DIAN_TECHNICAL_KEYS).",
    },
  ];
};
