/** One source row on its way to validation: a generated product or a CSV record. */
export type SourceRow = {
  /** Generator index or file line number; also the row's offset in the load's reserved id range. */
  position: number;
  /** resumeOffset once this row is committed: next generator index, or byte offset of the next record. */
  nextOffset: number;
  /** null when the CSV record's quoting is broken. */
  fields: string[] | null;
  raw: string;
  normalizedName?: string;
};

/** Rows in batches (a generator step or a piece of the file), so the loader awaits once per batch, not per row. */
export type SourceBatch = { rows: SourceRow[]; bytesRead?: number };
