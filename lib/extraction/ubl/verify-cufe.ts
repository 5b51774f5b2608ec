import { type z } from "zod";
import { type ZCufeCheck } from "@/lib/extraction/schemas";
import { computeCufe } from "./compute-cufe";
import { type TCufeInputs } from "./read-cufe-inputs";

export type TCufeCheck = z.infer<typeof ZCufeCheck>;
export type VerifyCufeOptions = { inputs: TCufeInputs; technicalKey?: string | null };

const isDecimal = (value: string | null): value is string => value !== null && /^-?\d+(\.\d+)?$/.test(value);

/**
 * Recomputes the CUFE with the range's technical key and compares it with cbc:UUID. Tries the supplier NIT
 * from PartyTaxScheme (what the annex prescribes), then PartyLegalEntity, and says which one matched. Without
 * the key (or, for notes, the software PIN that we never have) the answer is "not-verifiable", never "verified".
 */
export const verifyCufe = ({ inputs, technicalKey }: VerifyCufeOptions): TCufeCheck => {
  const notVerifiable = (detail: string): TCufeCheck => ({ status: "not-verifiable", nitSource: null, detail });
  if (inputs.kind === "CUDE") {
    return notVerifiable("Las notas llevan CUDE, que se calcula con el PIN del software del emisor; no lo tenemos.");
  }
  const key = technicalKey?.trim();
  if (!key) {
    return notVerifiable("No hay clave técnica configurada para este rango de numeración; el CUFE no se pudo recalcular.");
  }
  const { uuid, number, issueDate, issueTime, lineExtensionAmount, payableAmount, customerId, environment } = inputs;
  const missing = [
    ["cbc:UUID", uuid],
    ["cbc:ID", number],
    ["cbc:IssueDate", issueDate],
    ["cbc:IssueTime", issueTime],
    ["LineExtensionAmount", isDecimal(lineExtensionAmount) ? lineExtensionAmount : null],
    ["PayableAmount", isDecimal(payableAmount) ? payableAmount : null],
    ["NIT del adquiriente", customerId],
    ["cbc:ProfileExecutionID", environment],
  ]
    .filter(([, value]) => !value)
    .map(([label]) => label);
  if (inputs.nitCandidates.length === 0) missing.push("NIT del emisor");
  if (missing.length > 0 || !uuid || !number || !issueDate || !issueTime || !customerId || !environment) {
    return notVerifiable(`Faltan datos para recalcular el CUFE: ${missing.join(", ")}.`);
  }
  const tried = new Set<string>();
  for (const candidate of inputs.nitCandidates) {
    if (tried.has(candidate.nit)) continue;
    tried.add(candidate.nit);
    const { cufe } = computeCufe({
      number,
      issueDate,
      issueTime,
      lineExtensionAmount: lineExtensionAmount ?? "0",
      taxAmounts: inputs.taxAmounts,
      payableAmount: payableAmount ?? "0",
      supplierNit: candidate.nit,
      customerId,
      secret: key,
      environment,
    });
    if (cufe === uuid.toLowerCase()) {
      return {
        status: "verified",
        nitSource: candidate.source,
        detail:
          candidate.source === "PartyTaxScheme"
            ? "El CUFE coincide con el recalculado."
            : "El CUFE coincide solo con el NIT de PartyLegalEntity; el de PartyTaxScheme no coincide (el anexo exige PartyTaxScheme).",
      };
    }
  }
  return {
    status: "mismatch",
    nitSource: null,
    detail:
      "El CUFE del XML no coincide con el recalculado con la clave técnica: puede ser otra clave, un valor alterado o un error del emisor.",
  };
};
