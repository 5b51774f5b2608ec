import type { TLayoutLine, TLayoutWord } from "@/lib/extraction/layout/layout-types";
import { matchToken } from "@/lib/extraction/layout/match-token";
import { boxOfWords, distanceToBox } from "./locate-field-value";
import { readProfileField, type TProfileFieldRead } from "./read-profile-field";
import type { TProfileField, TProfileFieldMemory } from "./schemas";

export type ReadFieldWithProfileOptions = {
  lines: TLayoutLine[];
  field: TProfileField;
  memory: TProfileFieldMemory;
};

/** The label's words where they start at `start` on the line (exact or within OCR's usual one-letter slips). */
const matchLabelAt = (words: TLayoutWord[], start: number, tokens: string[]): TLayoutWord[] | null => {
  const matched: TLayoutWord[] = [];
  for (const [offset, token] of tokens.entries()) {
    const word = words[start + offset];
    if (!word || !matchToken({ word: word.norm, token })) return null;
    matched.push(word);
  }
  return matched;
};

/** Values after each occurrence of the supplier's label: the rest of its line, else the cell below it. */
const readAfterLabel = (lines: TLayoutLine[], field: TProfileField, label: string): TProfileFieldRead[] => {
  const tokens = label.split(" ");
  const reads: TProfileFieldRead[] = [];
  lines.forEach((line, lineIndex) => {
    const words = line.words.filter((word) => word.norm.length > 0 || /[$\d]/.test(word.text));
    for (let start = 0; start < words.length; start += 1) {
      const labelWords = matchLabelAt(words, start, tokens);
      const last = labelWords?.at(-1);
      const first = labelWords?.[0];
      if (!last || !first) continue;
      const rest = words.slice(start + tokens.length);
      const below = lines[lineIndex + 1];
      const cellBelow =
        below && below.page === line.page && below.top - line.bottom <= line.height * 2.5
          ? below.segments.find((segment) => segment.left < last.right + line.height && segment.right > first.left - line.height)
          : undefined;
      const read = (rest.length > 0 ? readProfileField(field, rest) : null) ?? (cellBelow ? readProfileField(field, cellBelow.words) : null);
      if (read) reads.push(read);
    }
  });
  return reads;
};

/** The reading inside the remembered box (widened: values vary in length, scans shift a little) nearest its centre. */
const readAtPosition = (lines: TLayoutLine[], field: TProfileField, memory: TProfileFieldMemory): TProfileFieldRead | null => {
  const { page, bbox } = memory;
  if (page === null || !bbox) return null;
  const padX = Math.max(0.05, bbox.w * 0.5);
  const padY = Math.max(0.005, bbox.h * 0.5);
  const inside = (word: TLayoutWord) => {
    const x = word.box.x + word.box.w / 2;
    const y = word.box.y + word.box.h / 2;
    return word.page === page && x >= bbox.x - padX && x <= bbox.x + bbox.w + padX && y >= bbox.y - padY && y <= bbox.y + bbox.h + padY;
  };
  const reads = lines.flatMap((line) => {
    const words = line.words.filter(inside);
    const read = words.length > 0 ? readProfileField(field, words) : null;
    return read ? [read] : [];
  });
  return nearest(reads, { page, bbox });
};

const nearest = (reads: TProfileFieldRead[], near: { page: number | null; bbox: TProfileFieldMemory["bbox"] }) =>
  reads.sort((a, b) => distanceToBox(a.words[0]?.page ?? 0, boxOfWords(a.words), near) - distanceToBox(b.words[0]?.page ?? 0, boxOfWords(b.words), near))[0] ?? null;

export type TProfileReading = TProfileFieldRead & {
  /** label: after the supplier's own label (it names the value); position: only where it was printed last time. */
  via: "label" | "position";
};

/**
 * Reads a header field the way this supplier prints it: after the label a reviewer's approval taught (the
 * occurrence nearest to where it was printed before), else inside the remembered box. Null when neither holds one.
 */
export const readFieldWithProfile = ({ lines, field, memory }: ReadFieldWithProfileOptions): TProfileReading | null => {
  const labelled = memory.label ? nearest(readAfterLabel(lines, field, memory.label), { page: memory.page, bbox: memory.bbox }) : null;
  if (labelled) return { ...labelled, via: "label" };
  const positioned = readAtPosition(lines, field, memory);
  return positioned ? { ...positioned, via: "position" } : null;
};
