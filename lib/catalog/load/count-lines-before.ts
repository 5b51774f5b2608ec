import { createReadStream } from "node:fs";

/** Line number of the byte at `offset` (1-based): a resumed file load numbers its rejects from there. */
export const countLinesBefore = async (path: string, offset: number): Promise<number> => {
  if (offset <= 0) return 1;
  let lines = 1;
  for await (const piece of createReadStream(path, { start: 0, end: offset - 1, highWaterMark: 1024 * 1024 })) {
    const buffer = piece as Buffer;
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) lines += 1;
  }
  return lines;
};
