import type { TLayoutLine, TLayoutSegment, TLayoutWord } from "./layout-types";
import { matchToken } from "./match-token";
import { parseAmount } from "@/lib/extraction/parsing/parse-amount";

export type TColumnKind = "code" | "description" | "quantity" | "unit" | "unitPrice" | "taxRate" | "amount";

export type TFoundLineItem = {
  description: TLayoutWord[];
  code: TLayoutWord[] | null;
  quantity: { value: string; words: TLayoutWord[]; repaired: boolean } | null;
  unit: TLayoutWord[] | null;
  unitPrice: { value: string; words: TLayoutWord[]; repaired: boolean } | null;
  /** Null when the amount cell could not be read (the row still counts). */
  lineAmount: { value: string; words: TLayoutWord[]; repaired: boolean } | null;
};

export type FindLineItemsOptions = { lines: TLayoutLine[] };

/** Header phrases per column kind, longest first so "valor unitario" is not read as "valor". */
const HEADER_PHRASES: [string, TColumnKind][] = [
  ["valor unitario", "unitPrice"], ["vr unitario", "unitPrice"], ["vlr unitario", "unitPrice"], ["precio unitario", "unitPrice"], ["valor unit", "unitPrice"], ["vr unit", "unitPrice"],
  ["valor total", "amount"], ["vr total", "amount"], ["vlr total", "amount"], ["precio total", "amount"],
  ["iva %", "taxRate"], ["% iva", "taxRate"],
  ["descripcion", "description"], ["detalle", "description"], ["producto", "description"], ["concepto", "description"], ["articulo", "description"],
  ["cantidad", "quantity"], ["cant", "quantity"],
  ["unidad", "unit"], ["um", "unit"], ["und", "unit"],
  ["codigo", "code"], ["cod", "code"], ["referencia", "code"], ["ref", "code"], ["item", "code"],
  ["precio", "unitPrice"], ["unitario", "unitPrice"],
  ["total", "amount"], ["valor", "amount"], ["importe", "amount"], ["iva", "taxRate"],
];

const STOP_WORDS = new Set(["subtotal", "total", "totales", "observaciones", "son", "cufe", "valor"]);

type TColumn = { kind: TColumnKind; left: number; right: number };

const readHeader = (line: TLayoutLine): TColumn[] | null => {
  const columns: TColumn[] = [];
  const words = line.words.filter((word) => word.norm.length > 0);
  for (let index = 0; index < words.length; ) {
    const match = HEADER_PHRASES.find(([phrase]) => phrase.split(" ").every((token, offset) => {
      const word = words[index + offset];
      return word !== undefined && matchToken({ word: word.norm, token }) !== null;
    }));
    if (!match) {
      index += 1;
      continue;
    }
    const size = match[0].split(" ").length;
    const used = words.slice(index, index + size);
    columns.push({ kind: match[1], left: Math.min(...used.map((word) => word.left)), right: Math.max(...used.map((word) => word.right)) });
    index += size;
  }
  const kinds = new Set(columns.map((column) => column.kind));
  const unique = kinds.size === columns.length;
  return unique && kinds.has("description") && kinds.has("amount") && (kinds.has("quantity") || kinds.has("unitPrice")) ? columns : null;
};

const overlap = (segment: TLayoutSegment, column: TColumn): number => Math.min(segment.right, column.right) - Math.max(segment.left, column.left);

const columnFor = (segment: TLayoutSegment, columns: TColumn[]): TColumn | undefined =>
  [...columns].sort((a, b) => {
    const byOverlap = overlap(segment, b) - overlap(segment, a);
    if (overlap(segment, a) > 0 || overlap(segment, b) > 0) return byOverlap;
    const center = (segment.left + segment.right) / 2;
    return Math.abs((a.left + a.right) / 2 - center) - Math.abs((b.left + b.right) / 2 - center);
  })[0];

const readNumber = (words: TLayoutWord[]) => {
  for (const word of words) {
    const parsed = parseAmount({ text: word.text });
    if (parsed) return { ...parsed, words: [word] };
  }
  const joined = parseAmount({ text: words.map((word) => word.text).join("") });
  return joined ? { ...joined, words } : null;
};

/**
 * Finds the line-items table by its header row (description, quantity or unit price, and amount columns) and reads
 * the rows under it: each cell goes to the header column it overlaps most, a row without an amount continues the
 * previous description (wrapped text), and the table ends at the totals or at a wide vertical gap.
 */
export const findLineItems = ({ lines }: FindLineItemsOptions): TFoundLineItem[] => {
  const items: TFoundLineItem[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const header = lines[index];
    const columns = header ? readHeader(header) : null;
    if (!header || !columns) continue;
    let previousBottom = header.bottom;
    for (let rowIndex = index + 1; rowIndex < lines.length; rowIndex += 1) {
      const row = lines[rowIndex];
      if (!row || row.page !== header.page || row.top - previousBottom > row.height * 3.5) break;
      const first = row.words[0]?.norm ?? "";
      if (STOP_WORDS.has(first) || (first === "sub" && row.words[1]?.norm === "total")) break;
      const cells = new Map<TColumnKind, TLayoutWord[]>();
      for (const segment of row.segments) {
        const column = columnFor(segment, columns);
        if (column) cells.set(column.kind, [...(cells.get(column.kind) ?? []), ...segment.words]);
      }
      const amountWords = cells.get("amount");
      const lineAmount = amountWords ? readNumber(amountWords) : null;
      const last = items.at(-1);
      const description = cells.get("description");
      if (!lineAmount && last && description && cells.size === 1) {
        last.description.push(...description);
      } else if (!lineAmount && !(description && cells.size >= 3)) {
        break;
      } else {
        // A row whose amount is unreadable is still a row: it keeps the count right and goes to review.
        const quantityWords = cells.get("quantity");
        const priceWords = cells.get("unitPrice");
        items.push({
          description: cells.get("description") ?? [],
          code: cells.get("code") ?? null,
          quantity: quantityWords ? readNumber(quantityWords) : null,
          unit: cells.get("unit") ?? (quantityWords && quantityWords.length > 1 ? quantityWords.slice(1).filter((word) => /^[A-Za-z]{1,4}$/.test(word.text)) : null),
          unitPrice: priceWords ? readNumber(priceWords) : null,
          lineAmount,
        });
      }
      previousBottom = row.bottom;
    }
    if (items.length > 0) return items;
  }
  return findRowsWithoutHeader(lines);
};

const TOTALS_WORDS = new Set(["subtotal", "total", "iva", "retencion", "retefuente", "neto", "cufe", "fecha", "nit"]);

/**
 * When the header row is unreadable (OCR often loses text on a shaded band), the table is still there: consecutive
 * lines of three or more cells, with a description and an amount in the last cell, whose amounts are right-aligned.
 */
const findRowsWithoutHeader = (lines: TLayoutLine[]): TFoundLineItem[] => {
  let best: TFoundLineItem[] = [];
  let run: TFoundLineItem[] = [];
  let runRight = 0;
  const close = () => {
    if (run.length > best.length) best = run;
    run = [];
  };
  let previous: TLayoutLine | undefined;
  for (const line of lines) {
    if (previous && (previous.page !== line.page || line.top - previous.bottom > line.height * 3.5)) close();
    previous = line;
    const first = line.words[0]?.norm ?? "";
    const last = line.segments.at(-1);
    const amount = last && line.segments.length >= 3 && !TOTALS_WORDS.has(first) ? readNumber(last.words) : null;
    const describing = line.segments.slice(0, -1).find((segment) => segment.words.filter((word) => /[A-Za-zÁÉÍÓÚÑáéíóúñ]{3}/.test(word.text)).length >= 2);
    if (amount && describing && last && (run.length === 0 || Math.abs(last.right - runRight) < 0.02)) {
      const numbers = line.segments.slice(line.segments.indexOf(describing) + 1, -1).map((segment) => readNumber(segment.words)).filter((read) => read !== null);
      const code = line.segments.indexOf(describing) > 0 ? line.segments[0]?.words ?? null : null;
      run.push({ description: [...describing.words], code, quantity: numbers[0] ?? null, unit: null, unitPrice: numbers.length >= 2 ? numbers.find((read) => read.words.some((word) => /[.,]\d{2}$/.test(word.text))) ?? null : null, lineAmount: amount });
      runRight = last.right;
    } else if (run.length > 0 && line.segments.length === 1 && !TOTALS_WORDS.has(first) && !amount) {
      run.at(-1)?.description.push(...line.words);
    } else {
      close();
    }
  }
  close();
  return best;
};
