import { describe, expect, it } from "vitest";
import type { TPageWords } from "@/lib/extraction/schemas";
import { groupWordsIntoLines } from "./group-words-into-lines";

const word = (text: string, x: number, y: number, w = 0.05): TPageWords["words"][number] => ({ text, bbox: { x, y, w, h: 0.012 }, confidence: 1 });

describe("groupWordsIntoLines", () => {
  it("orders lines top to bottom, words left to right, and splits cells at wide gaps", () => {
    const lines = groupWordsIntoLines({
      pages: [{ page: 1, width: 612, height: 792, words: [word("pagar", 0.125, 0.5), word("Total", 0.05, 0.501), word("a", 0.11, 0.5, 0.01), word("1.000,00", 0.8, 0.5), word("Subtotal", 0.05, 0.48), word("—", 0.3, 0.5, 0.01)] }],
    });
    expect(lines.map((line) => line.segments.map((segment) => segment.words.map((item) => item.text).join(" ")))).toEqual([["Subtotal"], ["Total a pagar", "1.000,00"]]);
    expect(lines[1]?.words[0]?.norm).toBe("total");
  });

  it("straightens a skewed page before grouping, keeping each word's original box", () => {
    // 40 words in two rows drifting 0.026 (1.5°) from left to right: more than a line height.
    const slope = 0.026;
    const words = [0.07, 0.2].flatMap((rowY) => Array.from({ length: 20 }, (_, index) => word(`w${index}`, 0.05 + index * 0.045, rowY + index * 0.045 * slope, 0.04)));
    const lines = groupWordsIntoLines({ pages: [{ page: 1, width: 612, height: 792, words }] });
    expect(lines).toHaveLength(2);
    expect(lines[0]?.words).toHaveLength(20);
    expect(lines[0]?.words.at(-1)?.box.y).toBeCloseTo(0.07 + 19 * 0.045 * slope, 6);
  });
});
