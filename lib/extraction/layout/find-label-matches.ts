import type { TLayoutLine, TLayoutWord } from "./layout-types";
import { matchToken } from "./match-token";

export type TLabelField =
  | "number" | "issueDate" | "dueDate" | "currency" | "nit" | "customerName" | "customerId" | "supplierName"
  | "subtotal" | "total" | "cufe" | "paymentMeans";

/** Label variants, most specific first; each is a list of normalized tokens. `generic` variants are weaker evidence. */
export const LABELS: { field: TLabelField; variants: string[]; generic?: string[] }[] = [
  { field: "number", variants: ["factura electronica de venta no", "factura electronica de venta nro", "factura electronica de venta", "factura de venta electronica no", "factura de venta electronica", "factura de venta no", "numero de factura", "factura no", "no de factura", "no factura", "factura nro", "nota credito no", "nota debito no"], generic: ["nro", "no", "numero"] },
  { field: "issueDate", variants: ["fecha de emision", "fecha emision", "fecha de expedicion", "fecha expedicion", "fecha de factura", "fecha factura", "fecha de generacion"], generic: ["fecha"] },
  { field: "dueDate", variants: ["fecha de vencimiento", "fecha vencimiento", "fecha limite de pago", "fecha de pago", "vencimiento", "vence"] },
  { field: "currency", variants: ["tipo de moneda", "moneda", "divisa"] },
  { field: "customerName", variants: ["razon social cliente", "nombre del cliente", "adquiriente", "adquirente", "cliente", "senores", "senor", "senores as", "comprador"] },
  { field: "customerId", variants: ["nit cliente", "nit del cliente", "nit adquiriente", "ccnit", "nitcc", "identificacion", "documento", "cedula", "cc"] },
  { field: "nit", variants: ["nit emisor", "nit del emisor", "nit vendedor", "nit"] },
  { field: "supplierName", variants: ["razon social", "emisor", "vendedor", "proveedor"] },
  { field: "subtotal", variants: ["subtotal", "sub total", "total bruto", "valor bruto", "total antes de impuestos"] },
  { field: "total", variants: ["valor total a pagar", "total a pagar", "neto a pagar", "valor a pagar", "total factura", "total neto"], generic: ["total"] },
  { field: "cufe", variants: ["codigo unico de factura electronica cufe", "codigo unico de factura electronica", "cufe", "cude"] },
  { field: "paymentMeans", variants: ["medio de pago", "forma de pago", "metodo de pago"] },
];

export type TLabelMatch = {
  field: TLabelField;
  /** Position of the variant in its list: lower is more specific. */
  rank: number;
  generic: boolean;
  fuzzy: boolean;
  line: TLayoutLine;
  lineIndex: number;
  words: TLayoutWord[];
};

export type FindLabelMatchesOptions = { lines: TLayoutLine[] };

/**
 * Finds every label occurrence; overlapping candidates are resolved in favour of the one with more tokens, so
 * "Fecha de vencimiento" is never also read as a bare "Fecha". Words glued by OCR ("No.FV-12") are not split here.
 */
export const findLabelMatches = ({ lines }: FindLabelMatchesOptions): TLabelMatch[] => {
  const candidates: (TLabelMatch & { tokens: number })[] = [];
  lines.forEach((line, lineIndex) => {
    const words = line.words.filter((word) => word.norm.length > 0);
    for (let start = 0; start < words.length; start += 1) {
      for (const label of LABELS) {
        const variants = [...label.variants.map((variant) => ({ variant, generic: false })), ...(label.generic ?? []).map((variant) => ({ variant, generic: true }))];
        variants.forEach(({ variant, generic }, rank) => {
          const tokens = variant.split(" ");
          let fuzzy = false;
          const matched: TLayoutWord[] = [];
          for (const [offset, token] of tokens.entries()) {
            const word = words[start + offset];
            const result = word ? matchToken({ word: word.norm, token }) : null;
            if (!word || !result) return;
            fuzzy ||= result === "fuzzy";
            matched.push(word);
          }
          candidates.push({ field: label.field, rank, generic, fuzzy, line, lineIndex, words: matched, tokens: tokens.length });
        });
      }
    }
  });
  candidates.sort((a, b) => b.tokens - a.tokens || Number(a.fuzzy) - Number(b.fuzzy) || a.rank - b.rank);
  const used = new Set<TLayoutWord>();
  const accepted: TLabelMatch[] = [];
  for (const candidate of candidates) {
    if (candidate.words.some((word) => used.has(word))) continue;
    candidate.words.forEach((word) => used.add(word));
    const { tokens: _tokens, ...match } = candidate;
    accepted.push(match);
  }
  return accepted.sort((a, b) => a.lineIndex - b.lineIndex || (a.words[0]?.left ?? 0) - (b.words[0]?.left ?? 0));
};
