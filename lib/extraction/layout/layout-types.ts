import type { TBoundingBox } from "@/lib/extraction/schemas";

/** A word placed on its page, with its normalized form for label matching. */
export type TLayoutWord = {
  text: string;
  norm: string;
  page: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
  confidence: number;
  /** The word's box as the reader gave it; left/top/right/bottom above are deskewed and in width units. */
  box: TBoundingBox;
};

/** Words of one line that sit close together: a label, a value, a table cell. */
export type TLayoutSegment = { words: TLayoutWord[]; left: number; right: number };

export type TLayoutLine = {
  page: number;
  top: number;
  bottom: number;
  height: number;
  words: TLayoutWord[];
  segments: TLayoutSegment[];
};

export type TReadValue<T> = { value: T; words: TLayoutWord[]; certainty: number };

