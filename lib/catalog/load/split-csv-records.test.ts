import { describe, expect, test } from "vitest";
import { createCsvRecordSplitter, MAX_RECORD_BYTES, type CsvRecord } from "./split-csv-records";

const split = (text: string | Buffer, pieceBytes: number, startOffset = 0, startLine = 1): CsvRecord[] => {
  const splitter = createCsvRecordSplitter({ startOffset, startLine });
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const records: CsvRecord[] = [];
  for (let at = 0; at < bytes.length; at += pieceBytes) records.push(...splitter.push(bytes.subarray(at, at + pieceBytes)));
  return [...records, ...splitter.end()];
};

const SAMPLE =
  'a,b,c\r\n"x,1","dijo ""hola""","dos\nlíneas"\n\nmal"comilla,2\n"sin cerrar,3\nok,4\n"cerrado"basura,5\nCafé,ñ,último sin salto';

describe("createCsvRecordSplitter", () => {
  test("RFC 4180 quoting, CRLF, blank lines, and line numbers of multi-line records", () => {
    const records = split(SAMPLE, 1 << 20);
    expect(records.map((r) => r.fields)).toEqual([
      ["a", "b", "c"],
      ["x,1", 'dijo "hola"', "dos\nlíneas"],
      null,
      null,
      ["Café", "ñ", "último sin salto"],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5, 6, 9]);
    expect(records[2]?.raw).toBe('mal"comilla,2');
  });

  test("the result does not depend on how the file is cut into pieces", () => {
    const whole = split(SAMPLE, 1 << 20);
    for (const size of [1, 2, 3, 7, 16]) expect(split(SAMPLE, size)).toEqual(whole);
  });

  test("endOffset is the byte where the next record starts, and reading can restart there", () => {
    const bytes = Buffer.from(SAMPLE);
    const whole = split(bytes, 1 << 20);
    const second = whole[1] as CsvRecord;
    const resumed = split(bytes.subarray(second.endOffset), 5, second.endOffset, 4);
    expect(resumed).toEqual(whole.slice(2));
    // Multi-byte characters: offsets count bytes, not characters.
    expect(whole.at(-1)?.endOffset).toBe(bytes.length);
  });

  test("an unclosed quote longer than MAX_RECORD_BYTES becomes one malformed line, then reading goes on", () => {
    const text = `"abierto,${"x".repeat(10)}\n${"y,".repeat(MAX_RECORD_BYTES / 2)}\nbien,1\n`;
    const records = split(text, 4096);
    expect(records[0]?.fields).toBeNull();
    expect(records.at(-1)?.fields).toEqual(["bien", "1"]);
  });
});
