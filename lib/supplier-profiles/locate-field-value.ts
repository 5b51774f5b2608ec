import type { TLayoutLine, TLayoutWord } from "@/lib/extraction/layout/layout-types";
import type { TBoundingBox } from "@/lib/extraction/schemas";
import { isSameFieldValue, readProfileField } from "./read-profile-field";
import type { TProfileField } from "./schemas";

export type LocateFieldValueOptions = {
  lines: TLayoutLine[];
  field: TProfileField;
  /** The approved value to find on the page. */
  value: string;
  /** Where the extractor read it, if it did: among several occurrences the nearest is the one meant. */
  near: { page: number | null; bbox: TBoundingBox | null } | null;
};

export type TLocatedValue = { page: number; bbox: TBoundingBox; label: string | null; words: TLayoutWord[] };

const MAX_LABEL_WORDS = 5;

/** The box around a run of words, in the reader's page coordinates. */
export const boxOfWords = (words: TLayoutWord[]): TBoundingBox => {
  const left = Math.min(...words.map((word) => word.box.x));
  const top = Math.min(...words.map((word) => word.box.y));
  const right = Math.max(...words.map((word) => word.box.x + word.box.w));
  const bottom = Math.max(...words.map((word) => word.box.y + word.box.h));
  return { x: left, y: top, w: Math.min(1, right) - left, h: Math.min(1, bottom) - top };
};

/** Distance between box centres, or Infinity on another page: how far a reading is from where a value is expected. */
export const distanceToBox = (page: number, bbox: TBoundingBox, near: { page: number | null; bbox: TBoundingBox | null } | null): number => {
  if (!near?.bbox || near.page !== page) return Number.POSITIVE_INFINITY;
  return Math.hypot(bbox.x + bbox.w / 2 - (near.bbox.x + near.bbox.w / 2), bbox.y + bbox.h / 2 - (near.bbox.y + near.bbox.h / 2));
};

const labelText = (words: TLayoutWord[]): string | null => {
  const tokens = words.map((word) => word.norm).filter((norm) => /[a-z]/.test(norm)).slice(-MAX_LABEL_WORDS);
  return tokens.length > 0 ? tokens.join(" ") : null;
};

/** Words that can be part of a label: no digits (a digit belongs to another value printed alongside). */
const isLabelWord = (word: TLayoutWord) => word.norm.length > 0 && !/\d/.test(word.text);

/**
 * The printed label of a value: the words just before it on its line (back to the previous value), else the words
 * above it that start where it starts, as in a cell with its label on top.
 */
const findLabel = (lines: TLayoutLine[], lineIndex: number, first: TLayoutWord): string | null => {
  const line = lines[lineIndex];
  if (!line) return null;
  const before: TLayoutWord[] = [];
  for (let index = line.words.indexOf(first) - 1; index >= 0 && before.length < MAX_LABEL_WORDS; index -= 1) {
    const word = line.words[index];
    if (!word) break;
    // A currency sign or a colon between label and value is neither.
    if (word.norm.length === 0 && !/\d/.test(word.text)) continue;
    // The label may stand far from its value (a totals row), but its own words sit together, and are not printed
    // larger than the value (larger words beside it are a heading, e.g. the wrapped end of the company name).
    const next = before[0];
    const larger = word.bottom - word.top > (first.bottom - first.top) * 1.2;
    if (!isLabelWord(word) || larger || (next && next.left - word.right > line.height * 1.5)) break;
    before.unshift(word);
  }
  const left = labelText(before);
  if (left) return left;
  for (let index = lineIndex - 1; index >= Math.max(0, lineIndex - 2); index -= 1) {
    const above = lines[index];
    if (!above || above.page !== line.page || line.top - above.bottom > line.height * 2.5) break;
    const start = above.words.findIndex((word) => word.left >= first.left - line.height && word.left < first.right);
    if (start < 0) continue;
    const cell: TLayoutWord[] = [];
    for (const word of above.words.slice(start)) {
      const previous = cell.at(-1);
      if (!isLabelWord(word) || (previous && word.left - previous.right > line.height * 1.5) || cell.length === MAX_LABEL_WORDS) break;
      cell.push(word);
    }
    return labelText(cell);
  }
  return null;
};

/**
 * Finds where an approved value is printed on the page words and the label printed with it, so that a supplier's
 * next invoice can be read there even when the generic labels do not know that supplier's wording.
 */
export const locateFieldValue = ({ lines, field, value, near }: LocateFieldValueOptions): TLocatedValue | null => {
  const found: TLocatedValue[] = [];
  lines.forEach((line, lineIndex) => {
    const seen = new Set<TLayoutWord>();
    const reads = line.words.map((_, start) => readProfileField(field, line.words.slice(start)));
    const matches = reads.map((read) => read !== null && isSameFieldValue(field, read.value, value));
    reads.forEach((read, start) => {
      const first = read?.words[0];
      // Readers skip leading words (a date inside "Fecha: 19/11/2025"): the value starts where a later start no longer reads it.
      if (!read || !first || !matches[start] || matches[start + 1] || seen.has(first)) return;
      read.words.forEach((used) => seen.add(used));
      found.push({ page: line.page, bbox: boxOfWords(read.words), label: findLabel(lines, lineIndex, first), words: read.words });
    });
  });
  return found.sort((a, b) => distanceToBox(a.page, a.bbox, near) - distanceToBox(b.page, b.bbox, near))[0] ?? null;
};
