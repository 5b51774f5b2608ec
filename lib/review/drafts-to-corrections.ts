import { parseFieldInput } from "./field-input";
import { ZHeaderCorrections, ZLineCorrection, type TCorrectionsBody, type TEditableHeaderField, type TLineCorrection } from "./schemas";

export type TDraftCorrections = {
  /** The drafts that parse, as the corrections body the server takes. */
  corrections: TCorrectionsBody;
  /** Why each draft that does not parse was refused, by field key. */
  invalid: Record<string, string>;
};

/**
 * Pure: what the operator has typed but not saved (field key → text, e.g. `lines.2.quantity` → "1.200"), checked
 * with the same schemas the server applies and turned into one corrections body.
 */
export const draftsToCorrections = (drafts: Readonly<Record<string, string>>): TDraftCorrections => {
  const header: Partial<Record<TEditableHeaderField, string>> = {};
  const lines = new Map<number, TLineCorrection>();
  const invalid: Record<string, string> = {};
  for (const [key, text] of Object.entries(drafts)) {
    const [scope, first, second] = key.split(".");
    const name = scope === "header" ? first : second;
    if (!name) continue;
    const value = parseFieldInput(key, text);
    if (scope === "header") {
      const parsed = ZHeaderCorrections.safeParse({ [name]: value });
      if (parsed.success) Object.assign(header, parsed.data);
      else invalid[key] = parsed.error.issues[0]?.message ?? "Valor no válido";
      continue;
    }
    const lineNumber = Number(first);
    const parsed = ZLineCorrection.safeParse({ ...lines.get(lineNumber), lineNumber, [name]: value });
    if (parsed.success) lines.set(lineNumber, parsed.data);
    else invalid[key] = parsed.error.issues[0]?.message ?? "Valor no válido";
  }
  return {
    corrections: {
      ...(Object.keys(header).length > 0 ? { header } : {}),
      ...(lines.size > 0 ? { lines: [...lines.values()] } : {}),
    },
    invalid,
  };
};
