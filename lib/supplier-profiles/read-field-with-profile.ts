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

/** The words printed inside the remembered box (widened: values vary in length, and scans shift a little). */
const readAtPosition = (lines: TLayoutLine[], field: TProfileField, memory: TProfileFieldMemory): TProfileFieldRead | null => {
  const { page, bbox } = memory;
  if (page === null || !bbox) return null;
  const padX = Math.max(0.05, bbox.w * 0.5);
  const padY = Math.max(0.01, bbox.h);
  const inside = (word: TLayoutWord) => {
    const x = word.box.x + word.box.w / 2;
    const y = word.box.y + word.box.h / 2;
    return word.page === page && x >= bbox.x - padX && x <= bbox.x + bbox.w + padX && y >= bbox.y - padY && y <= bbox.y + bbox.h + padY;
  };
  for (const line of lines) {
    const words = line.words.filter(inside);
    const read = words.length > 0 ? readProfileField(field, words) : null;
    if (read) return read;
  }
  return null;
};

/**
 * Reads a header field the way this supplier prints it: after the label a reviewer's approval taught (the
 * occurrence nearest to where it was printed before), else inside the remembered box. Null when neither holds one.
 */
export const readFieldWithProfile = ({ lines, field, memory }: ReadFieldWithProfileOptions): TProfileFieldRead | null => {
  const near = { page: memory.page, bbox: memory.bbox };
  const labelled = memory.label
    ? readAfterLabel(lines, field, memory.label).sort(
        (a, b) => distanceToBox(a.words[0]?.page ?? 0, boxOfWords(a.words), near) - distanceToBox(b.words[0]?.page ?? 0, boxOfWords(b.words), near),
      )[0]
    : undefined;
  return labelled ?? readAtPosition(lines, field, memory);
};
