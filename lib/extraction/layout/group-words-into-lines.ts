import type { TPageWords } from "@/lib/extraction/schemas";
import type { TLayoutLine, TLayoutSegment, TLayoutWord } from "./layout-types";
import { normalizeToken } from "./normalize-token";

export type GroupWordsIntoLinesOptions = { pages: TPageWords[] };

/**
 * A scan rotated by 1.5° drifts by more than a line height across the page, so lines are grouped after removing
 * the page's skew: the median slope between each word and its right-hand neighbour on the same text line.
 */
const estimateSkew = (words: Pick<TLayoutWord, "left" | "right" | "top" | "bottom">[]): number => {
  const slopes: number[] = [];
  for (const word of words) {
    const height = word.bottom - word.top;
    const center = (word.top + word.bottom) / 2;
    let neighbour: (typeof words)[number] | undefined;
    for (const other of words) {
      const gap = other.left - word.right;
      if (gap < 0 || gap > height * 2 || Math.abs((other.top + other.bottom) / 2 - center) > height * 0.6) continue;
      if (!neighbour || other.left < neighbour.left) neighbour = other;
    }
    if (!neighbour) continue;
    const dx = (neighbour.left + neighbour.right) / 2 - (word.left + word.right) / 2;
    if (dx > 0) slopes.push(((neighbour.top + neighbour.bottom) / 2 - center) / dx);
  }
  if (slopes.length < 5) return 0;
  const sorted = slopes.sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  // Below ~0.1° the drift is negligible; leaving digital PDFs untouched keeps their boxes exact.
  return Math.abs(median) < 0.002 ? 0 : median;
};

/** Gap between words, in line heights, beyond which they belong to different cells. */
const SEGMENT_GAP = 1.0;

const toSegments = (words: TLayoutWord[], height: number): TLayoutSegment[] => {
  const segments: TLayoutSegment[] = [];
  for (const word of words) {
    const last = segments.at(-1);
    if (last && word.left - last.right < height * SEGMENT_GAP) {
      last.words.push(word);
      last.right = Math.max(last.right, word.right);
    } else {
      segments.push({ words: [word], left: word.left, right: word.right });
    }
  }
  return segments;
};

/**
 * Groups words into visual lines (vertical centers within half a line height, which tolerates the slight skew of
 * scans) and each line into segments split at wide gaps. Coordinates are in page units scaled so that x and y use
 * the same unit (the page's aspect ratio is kept), so gap thresholds mean the same horizontally and vertically.
 */
export const groupWordsIntoLines = ({ pages }: GroupWordsIntoLinesOptions): TLayoutLine[] => {
  const lines: TLayoutLine[] = [];
  for (const page of pages) {
    const aspect = page.height / page.width;
    const placed = page.words
      // Specks and rules that OCR reads as "-", "." or "|" carry nothing and would break lines and cells apart.
      .filter((word) => /[\p{L}\p{N}$%#]/u.test(word.text))
      .map((word) => ({
        text: word.text.trim(),
        norm: normalizeToken({ text: word.text }),
        page: page.page,
        left: word.bbox.x,
        right: word.bbox.x + word.bbox.w,
        top: word.bbox.y * aspect,
        bottom: (word.bbox.y + word.bbox.h) * aspect,
        confidence: word.confidence,
        box: word.bbox,
      }));
    const slope = estimateSkew(placed);
    const words: TLayoutWord[] = placed
      .map((word) => {
        const shift = slope * ((word.left + word.right) / 2);
        return { ...word, top: word.top - shift, bottom: word.bottom - shift };
      })
      .sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
    const pageLines: { words: TLayoutWord[]; center: number; height: number }[] = [];
    for (const word of words) {
      const center = (word.top + word.bottom) / 2;
      const height = word.bottom - word.top;
      const line = pageLines.find((candidate) => Math.abs(candidate.center - center) < Math.min(candidate.height, height) * 0.5);
      if (line) {
        line.words.push(word);
        line.center = (line.center * (line.words.length - 1) + center) / line.words.length;
        line.height = Math.max(line.height, height);
      } else {
        pageLines.push({ words: [word], center, height });
      }
    }
    for (const line of pageLines.sort((a, b) => a.center - b.center)) {
      const sorted = line.words.sort((a, b) => a.left - b.left);
      // The tallest word approximates the type size: OCR boxes of words without ascenders are shorter.
      const heights = sorted.map((word) => word.bottom - word.top).sort((a, b) => a - b);
      const medianHeight = heights[Math.floor(heights.length * 0.75)] ?? line.height;
      lines.push({
        page: page.page,
        top: Math.min(...sorted.map((word) => word.top)),
        bottom: Math.max(...sorted.map((word) => word.bottom)),
        height: medianHeight,
        words: sorted,
        segments: toSegments(sorted, medianHeight),
      });
    }
  }
  return lines;
};
