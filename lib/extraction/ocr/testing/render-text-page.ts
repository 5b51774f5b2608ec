import { createRequire } from "node:module";
import path from "node:path";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import type { TBoundingBox } from "@/lib/extraction/schemas";

export type TextPageLine = {
  text: string;
  /** Left edge and baseline, in inches from the top-left corner. */
  xIn: number;
  yIn: number;
  sizePt?: number;
  bold?: boolean;
};

export type RenderTextPageOptions = {
  lines: readonly TextPageLine[];
  dpi?: number;
  widthIn?: number;
  heightIn?: number;
};

export type RenderedTextPage = {
  png: Buffer;
  width: number;
  height: number;
  /** Where each word was drawn (normalized), to check the OCR's boxes against. */
  words: { text: string; bbox: TBoundingBox }[];
};

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts");
const FAMILY = "CotejoTestSans";
let fontsRegistered = false;

const registerFonts = () => {
  if (fontsRegistered) return;
  // Liberation Sans ships inside pdfjs-dist, so test pages render the same with or without system fonts.
  GlobalFonts.registerFromPath(path.join(fontDir, "LiberationSans-Regular.ttf"), FAMILY);
  GlobalFonts.registerFromPath(path.join(fontDir, "LiberationSans-Bold.ttf"), FAMILY);
  fontsRegistered = true;
};

/**
 * Test and benchmark fixture: draws text lines on a white page at a given DPI, like a clean scan, and reports the
 * box of every word it drew.
 */
export const renderTextPage = ({ lines, dpi = 200, widthIn = 8.27, heightIn = 11.69 }: RenderTextPageOptions): RenderedTextPage => {
  registerFonts();
  const width = Math.round(widthIn * dpi);
  const height = Math.round(heightIn * dpi);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  context.fillStyle = "#000000";
  context.textBaseline = "alphabetic";
  const words: RenderedTextPage["words"] = [];
  for (const line of lines) {
    const sizePx = ((line.sizePt ?? 10) / 72) * dpi;
    context.font = `${line.bold ? "bold " : ""}${sizePx.toFixed(1)}px ${FAMILY}`;
    const x = line.xIn * dpi;
    const baseline = line.yIn * dpi;
    context.fillText(line.text, x, baseline);
    const spaceWidth = context.measureText(" ").width;
    let cursor = x;
    for (const word of line.text.split(" ")) {
      if (word) {
        const metrics = context.measureText(word);
        const top = baseline - metrics.actualBoundingBoxAscent;
        const bottom = baseline + metrics.actualBoundingBoxDescent;
        words.push({
          text: word,
          bbox: {
            x: (cursor - metrics.actualBoundingBoxLeft) / width,
            y: top / height,
            w: (metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight) / width,
            h: (bottom - top) / height,
          },
        });
        cursor += metrics.width;
      }
      cursor += spaceWidth;
    }
  }
  return { png: canvas.toBuffer("image/png"), width, height, words };
};
