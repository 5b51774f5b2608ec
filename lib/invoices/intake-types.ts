import type { Readable } from "node:stream";

/** One file found by an intake listing; `open` is called only when the file's turn comes. */
export type IntakeItem = { name: string; sizeBytes: number; open: () => Promise<Readable> };

export type IntakeRejection = { name: string; code: string; message: string };

export type IntakeSummary = {
  total: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Rejections per error code. */
  reasons: Record<string, number>;
  rejections: IntakeRejection[];
};
