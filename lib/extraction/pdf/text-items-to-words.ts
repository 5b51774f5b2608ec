import type { TPageWords } from "@/lib/extraction/schemas";

/** A run of glyphs as pdfjs reports it, already in page space (origin top-left, y down, in points). */
export type TGlyphRun = { text: string; x: number; baseline: number; width: number; fontSize: number };

export type TextItemsToWordsOptions = { runs: TGlyphRun[]; pageWidth: number; pageHeight: number };

type TWord = { text: string; left: number; right: number; top: number; bottom: number };

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

// Typical Latin fonts put ~80 % of the em above the baseline and ~20 % below.
const ASCENT = 0.8;
const DESCENT = 0.2;

/**
 * Turns glyph runs into words: a run is split on spaces (its width shared by character count, which is close
 * enough for boxes a reviewer looks at), and consecutive pieces on the same baseline that touch are merged, because
 * generators often emit one run per glyph or per kerning pair.
 */
export const textItemsToWords = ({ runs, pageWidth, pageHeight }: TextItemsToWordsOptions): TPageWords["words"] => {
  const pieces: (TWord & { baseline: number; fontSize: number; gapBefore: boolean })[] = [];
  for (const run of runs) {
    if (run.text.length === 0 || run.width <= 0) continue;
    const charWidth = run.width / run.text.length;
    const top = run.baseline - run.fontSize * ASCENT;
    const bottom = run.baseline + run.fontSize * DESCENT;
    let index = 0;
    let leadingSpace = true;
    for (const token of run.text.split(/(\s+)/)) {
      if (token.length > 0 && !/^\s+$/.test(token)) {
        pieces.push({ text: token, left: run.x + index * charWidth, right: run.x + (index + token.length) * charWidth, top, bottom, baseline: run.baseline, fontSize: run.fontSize, gapBefore: leadingSpace });
        leadingSpace = false;
      } else if (token.length > 0) {
        leadingSpace = true;
      }
      index += token.length;
    }
  }
  const words: TWord[] = [];
  let previous: (typeof pieces)[number] | undefined;
  for (const piece of pieces) {
    const last = words.at(-1);
    const sameLine = previous !== undefined && Math.abs(previous.baseline - piece.baseline) < piece.fontSize * 0.25;
    const touching = previous !== undefined && piece.left - previous.right < piece.fontSize * 0.12 && piece.left - previous.right > -piece.fontSize * 0.5;
    if (last && sameLine && touching && !piece.gapBefore) {
      last.text += piece.text;
      last.right = Math.max(last.right, piece.right);
      last.top = Math.min(last.top, piece.top);
      last.bottom = Math.max(last.bottom, piece.bottom);
    } else {
      words.push({ text: piece.text, left: piece.left, right: piece.right, top: piece.top, bottom: piece.bottom });
    }
    previous = piece;
  }
  return words.map((word) => {
    const x = clamp01(word.left / pageWidth);
    const y = clamp01(word.top / pageHeight);
    return {
      text: word.text,
      bbox: { x, y, w: clamp01(word.right / pageWidth) - x, h: clamp01(word.bottom / pageHeight) - y },
      confidence: 1,
    };
  });
};
