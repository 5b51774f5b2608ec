/**
 * What DIAN's printed representation encodes in its QR code (technical annex, "Código QR"): key=value lines
 * (NumFac, FecFac, HorFac, NitFac, DocAdq, ValFac, ValIva, ValOtroIm, ValTolFac, CUFE) ending with the DIAN
 * lookup URL, whose `documentkey` is the CUFE. Some issuers print only the URL.
 */
export type TDianQrContent = {
  number: string | null;
  issueDate: string | null;
  supplierNit: string | null;
  customerId: string | null;
  total: string | null;
  cufe: string | null;
};

const CUFE_PATTERN = /^[0-9a-f]{96}$/i;

const readKeyValues = (text: string) => {
  const values = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z]+)\s*[=:]\s*(.+?)\s*$/.exec(line);
    if (match?.[1] && match[2]) values.set(match[1].toLowerCase(), match[2]);
  }
  return values;
};

const readDocumentKey = (text: string) => {
  const match = /[?&]documentkey=([0-9a-f]{96})/i.exec(text);
  return match?.[1] ?? null;
};

const digitsOnly = (value: string | undefined) => {
  const digits = value?.replace(/\D/g, "");
  return digits ? digits : null;
};

const decimalOrNull = (value: string | undefined) => (value && /^\d+(\.\d+)?$/.test(value) ? value : null);

/** Null when the text is not a DIAN invoice QR (no CUFE anywhere in it). */
export const parseDianQr = ({ text }: { text: string }): TDianQrContent | null => {
  const values = readKeyValues(text);
  const cufeValue = values.get("cufe");
  const cufe = (cufeValue && CUFE_PATTERN.test(cufeValue) ? cufeValue : null) ?? readDocumentKey(text);
  if (!cufe) return null;
  const issueDate = values.get("fecfac");
  return {
    number: values.get("numfac")?.replace(/\s+/g, "") ?? null,
    issueDate: issueDate && /^\d{4}-\d{2}-\d{2}$/.test(issueDate) ? issueDate : null,
    supplierNit: digitsOnly(values.get("nitfac")),
    customerId: digitsOnly(values.get("docadq")),
    total: decimalOrNull(values.get("valtolfac")),
    cufe: cufe.toLowerCase(),
  };
};
