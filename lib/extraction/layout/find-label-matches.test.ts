import { describe, expect, it } from "vitest";
import type { TPageWords } from "@/lib/extraction/schemas";
import { findLabelMatches } from "./find-label-matches";
import { groupWordsIntoLines } from "./group-words-into-lines";

const linesOf = (rows: string[]) =>
  groupWordsIntoLines({
    pages: [{ page: 1, width: 612, height: 792, words: rows.flatMap((row, rowIndex): TPageWords["words"] => row.split(" ").map((text, index) => ({ text, bbox: { x: 0.05 + index * 0.1, y: 0.1 + rowIndex * 0.03, w: 0.08, h: 0.012 }, confidence: 1 }))) }],
  });

describe("findLabelMatches", () => {
  it("prefers the longest label and never reads its words again as a shorter one", () => {
    const matches = findLabelMatches({ lines: linesOf(["Fecha de vencimiento: 01/02/2026", "Total a pagar $ 10", "Fecha: 01/01/2026"]) });
    expect(matches.map((match) => [match.field, match.words.map((item) => item.text).join(" "), match.generic])).toEqual([
      ["dueDate", "Fecha de vencimiento:", false],
      ["total", "Total a pagar", false],
      ["issueDate", "Fecha:", true],
    ]);
  });

  it("matches accents, case and one OCR slip, and marks the slip as fuzzy", () => {
    const matches = findLabelMatches({ lines: linesOf(["FECHA DE EMISION", "Fecba de emislón", "NIT:", "NlT:"]) });
    expect(matches.map((match) => [match.field, match.fuzzy])).toEqual([
      ["issueDate", false],
      ["issueDate", true],
      ["nit", false],
    ]);
  });
});
