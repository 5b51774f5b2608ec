import type { Page } from "tesseract.js";
import { describe, expect, it } from "vitest";
import { wordsFromTesseractPage } from "./words-from-tesseract-page";

const word = (text: string, confidence: number, bbox: { x0: number; y0: number; x1: number; y1: number }) => ({ text, confidence, bbox });
const page = (words: ReturnType<typeof word>[][]) =>
  ({ blocks: [{ paragraphs: [{ lines: words.map((lineWords) => ({ words: lineWords })) }] }] }) as unknown as Pick<Page, "blocks">;

describe("wordsFromTesseractPage", () => {
  it("flattens lines in order, normalizes boxes and confidences, drops blank words", () => {
    const result = wordsFromTesseractPage({
      result: page([
        [word("NIT", 93, { x0: 100, y0: 50, x1: 160, y1: 80 }), word(" ", 10, { x0: 0, y0: 0, x1: 1, y1: 1 })],
        [word("900.373.115-3", 91.5, { x0: 180, y0: 50, x1: 1010, y1: 80 })],
      ]),
      imageWidth: 1000,
      imageHeight: 500,
    });
    expect(result).toEqual([
      { text: "NIT", confidence: 0.93, bbox: { x: 0.1, y: 0.1, w: expect.closeTo(0.06, 10) as number, h: expect.closeTo(0.06, 10) as number } },
      // A box past the right edge is cut at the page.
      { text: "900.373.115-3", confidence: expect.closeTo(0.915, 10) as number, bbox: { x: 0.18, y: 0.1, w: expect.closeTo(0.82, 10) as number, h: expect.closeTo(0.06, 10) as number } },
    ]);
  });

  it("returns no words for a page without blocks", () => {
    expect(wordsFromTesseractPage({ result: { blocks: null }, imageWidth: 10, imageHeight: 10 })).toEqual([]);
  });
});
