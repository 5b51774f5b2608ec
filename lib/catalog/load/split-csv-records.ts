export type CsvRecord = {
  /** Physical line the record starts on (1-based, counted from the file's start). */
  line: number;
  /** Byte offset just past the record's line break: where a resumed read starts. */
  endOffset: number;
  /** null when the record's quoting is broken. */
  fields: string[] | null;
  /** The record's text (for the rejects file), without its line break. */
  raw: string;
};

/** A quoted field may span lines, but a record longer than this with an open quote is a broken quote. */
export const MAX_RECORD_BYTES = 64 * 1024;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

type Parsed = { fields: string[] | null; end: number } | "incomplete";

/** A malformed record ends at the first line break from `from` (which may not be buffered yet). */
const malformedUntilLineEnd = (buffer: Buffer, from: number, isLast: boolean): Parsed => {
  const at = buffer.indexOf(LF, from);
  if (at === -1) return isLast ? { fields: null, end: buffer.length } : "incomplete";
  return { fields: null, end: at + 1 };
};

/** One record starting at `start`; `end` is just past its line break. Broken quoting resyncs at the next LF. */
const parseRecord = (buffer: Buffer, start: number, isLast: boolean): Parsed => {
  const fields: string[] = [];
  let position = start;
  for (;;) {
    if (buffer[position] === QUOTE) {
      let cursor = position + 1;
      let hasEscapes = false;
      for (;;) {
        const close = buffer.indexOf(QUOTE, cursor);
        if (close === -1 || close - start > MAX_RECORD_BYTES) {
          if (close === -1 && !isLast && buffer.length - start <= MAX_RECORD_BYTES) return "incomplete";
          return malformedUntilLineEnd(buffer, start, isLast);
        }
        if (close + 1 >= buffer.length && !isLast) return "incomplete";
        if (buffer[close + 1] === QUOTE) {
          hasEscapes = true;
          cursor = close + 2;
          continue;
        }
        const text = buffer.toString("utf8", position + 1, close);
        fields.push(hasEscapes ? text.replaceAll('""', '"') : text);
        const after = buffer[close + 1];
        if (after === COMMA) {
          position = close + 2;
          break;
        }
        if (after === undefined) return { fields, end: buffer.length };
        if (after === LF) return { fields, end: close + 2 };
        if (after === CR && buffer[close + 2] === LF) return { fields, end: close + 3 };
        if (after === CR && close + 2 >= buffer.length && !isLast) return "incomplete";
        // Text after a closing quote: not RFC 4180.
        return malformedUntilLineEnd(buffer, close, isLast);
      }
      continue;
    }
    let cursor = position;
    while (cursor < buffer.length) {
      const byte = buffer[cursor];
      if (byte === COMMA || byte === LF || byte === QUOTE) break;
      cursor += 1;
    }
    if (cursor >= buffer.length && !isLast) return "incomplete";
    const byte = buffer[cursor];
    if (byte === QUOTE) return malformedUntilLineEnd(buffer, cursor, isLast);
    const fieldEnd = byte === LF && buffer[cursor - 1] === CR && cursor - 1 >= position ? cursor - 1 : cursor;
    fields.push(buffer.toString("utf8", position, fieldEnd));
    if (byte === COMMA) {
      position = cursor + 1;
      continue;
    }
    return { fields, end: byte === LF ? cursor + 1 : cursor };
  }
};

const countLineBreaks = (buffer: Buffer, from: number, to: number): number => {
  let count = 0;
  for (let at = buffer.indexOf(LF, from); at !== -1 && at < to; at = buffer.indexOf(LF, at + 1)) count += 1;
  return count;
};

export type CsvRecordSplitter = {
  /** Records completed by this piece of the file. */
  push: (piece: Buffer) => CsvRecord[];
  /** The last record, when the file does not end with a line break. */
  end: () => CsvRecord[];
};

export type CreateCsvRecordSplitterOptions = { startOffset?: number; startLine?: number };

/**
 * Streaming RFC 4180 record splitter over raw bytes, so every record knows the exact byte offset a resumed load
 * restarts at. Unlike a general CSV parser it never gives up on a file: a record with broken quoting becomes one
 * malformed record ending at the next line break, and reading continues. Blank lines are skipped.
 */
export const createCsvRecordSplitter = ({ startOffset = 0, startLine = 1 }: CreateCsvRecordSplitterOptions = {}): CsvRecordSplitter => {
  let pending: Buffer = Buffer.alloc(0);
  let pendingOffset = startOffset;
  let line = startLine;

  const drain = (isLast: boolean): CsvRecord[] => {
    const records: CsvRecord[] = [];
    let start = 0;
    while (start < pending.length) {
      if (pending[start] === LF || (pending[start] === CR && pending[start + 1] === LF)) {
        start += pending[start] === LF ? 1 : 2;
        line += 1;
        continue;
      }
      const parsed = parseRecord(pending, start, isLast);
      if (parsed === "incomplete") break;
      const rawEnd = parsed.end > start && pending[parsed.end - 1] === LF ? parsed.end - (pending[parsed.end - 2] === CR ? 2 : 1) : parsed.end;
      records.push({
        line,
        endOffset: pendingOffset + parsed.end,
        fields: parsed.fields,
        raw: pending.toString("utf8", start, Math.max(start, rawEnd)),
      });
      line += countLineBreaks(pending, start, parsed.end);
      start = parsed.end;
    }
    pending = pending.subarray(start);
    pendingOffset += start;
    return records;
  };

  return {
    push: (piece) => {
      pending = pending.length === 0 ? piece : Buffer.concat([pending, piece]);
      return drain(false);
    },
    end: () => drain(true),
  };
};
