import type { TPageWords } from "@/lib/extraction/schemas";
import type { TLayoutLine, TLayoutSegment, TLayoutWord } from "./layout-types";
import { normalizeToken } from "./normalize-token";

export type GroupWordsIntoLinesOptions = { pages: TPageWords[] };

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
    const words: TLayoutWord[] = page.words
      .filter((word) => word.text.trim().length > 0)
      .map((word) => ({
        text: word.text.trim(),
        norm: normalizeToken({ text: word.text }),
        page: page.page,
        left: word.bbox.x,
        right: word.bbox.x + word.bbox.w,
        top: word.bbox.y * aspect,
        bottom: (word.bbox.y + word.bbox.h) * aspect,
        confidence: word.confidence,
        aspect,
      }))
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
      const medianHeight = [...sorted.map((word) => word.bottom - word.top)].sort((a, b) => a - b)[Math.floor(sorted.length / 2)] ?? line.height;
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
