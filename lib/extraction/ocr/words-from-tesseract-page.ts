import type { Page } from "tesseract.js";
import type { TPageWords } from "@/lib/extraction/schemas";

export type WordsFromTesseractPageOptions = {
  result: Pick<Page, "blocks">;
  /** Size of the image Tesseract read, to normalize its pixel boxes. */
  imageWidth: number;
  imageHeight: number;
};

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Tesseract's blocks → paragraphs → lines → words, flattened in reading order, boxes normalized to 0..1. */
export const wordsFromTesseractPage = ({
  result,
  imageWidth,
  imageHeight,
}: WordsFromTesseractPageOptions): TPageWords["words"] => {
  const words: TPageWords["words"] = [];
  for (const block of result.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          const x = clamp01(word.bbox.x0 / imageWidth);
          const y = clamp01(word.bbox.y0 / imageHeight);
          words.push({
            text,
            bbox: {
              x,
              y,
              w: clamp01(word.bbox.x1 / imageWidth) - x,
              h: clamp01(word.bbox.y1 / imageHeight) - y,
            },
            confidence: clamp01(word.confidence / 100),
          });
        }
      }
    }
  }
  return words;
};
