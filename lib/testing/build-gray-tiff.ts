/** One 8-bit grayscale page: width × height bytes, row by row. */
export type TGrayPage = { width: number; height: number; pixels: Uint8Array };

const TAG_COUNT = 9;
const IFD_BYTES = 2 + TAG_COUNT * 12 + 4;

/**
 * Test data: an uncompressed multi-page grayscale TIFF with every directory before the pixel data, the layout
 * scanners write, so intake can recognise it from its first bytes (sharp writes its directories at the end).
 */
export const buildGrayTiff = (pages: readonly TGrayPage[]): Buffer => {
  const dataStart = 8 + IFD_BYTES * pages.length;
  const total = dataStart + pages.reduce((sum, page) => sum + page.pixels.byteLength, 0);
  const out = Buffer.alloc(total);
  out.write("II", 0, "latin1");
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(8, 4);
  let dataOffset = dataStart;
  pages.forEach((page, index) => {
    const ifd = 8 + IFD_BYTES * index;
    out.writeUInt16LE(TAG_COUNT, ifd);
    const tags: [tag: number, type: 3 | 4, value: number][] = [
      [256, 4, page.width],
      [257, 4, page.height],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, dataOffset],
      [277, 3, 1],
      [278, 4, page.height],
      [279, 4, page.pixels.byteLength],
    ];
    tags.forEach(([tag, type, value], slot) => {
      const entry = ifd + 2 + slot * 12;
      out.writeUInt16LE(tag, entry);
      out.writeUInt16LE(type, entry + 2);
      out.writeUInt32LE(1, entry + 4);
      if (type === 3) out.writeUInt16LE(value, entry + 8);
      else out.writeUInt32LE(value, entry + 8);
    });
    out.writeUInt32LE(index + 1 < pages.length ? ifd + IFD_BYTES : 0, ifd + 2 + TAG_COUNT * 12);
    out.set(page.pixels, dataOffset);
    dataOffset += page.pixels.byteLength;
  });
  return out;
};
