import sharp from "sharp";
import { renderPdfPages } from "@/lib/extraction/ocr/render-pdf-pages";
import { createRng } from "./create-rng";

export type RenderCorpusScanOptions = { pdf: Uint8Array; seed: number; dpi?: number };
export type TCorpusScan = { bytes: Buffer; format: "png" | "jpg"; rotation: number };

const stampSvg = (width: number, height: number, rng: ReturnType<typeof createRng>): Buffer => {
  const size = Math.round(width * 0.22);
  const x = Math.round(width * (0.55 + rng.next() * 0.2));
  const y = Math.round(height * (0.05 + rng.next() * 0.6));
  const angle = rng.int(-25, 25);
  const label = rng.pick(["RECIBIDO", "PAGADO", "CONTABILIZADO", "REVISADO"]);
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g transform="rotate(${angle} ${x + size / 2} ${y + size / 4})" opacity="0.4">` +
      `<rect x="${x}" y="${y}" width="${size}" height="${size / 2}" rx="${size / 12}" fill="none" stroke="#2a3f9d" stroke-width="${size / 40}"/>` +
      `<text x="${x + size / 2}" y="${y + size / 4}" font-family="sans-serif" font-weight="bold" font-size="${size / 7}" fill="#2a3f9d" text-anchor="middle">${label}</text>` +
      `<text x="${x + size / 2}" y="${y + size / 2.6}" font-family="sans-serif" font-size="${size / 12}" fill="#2a3f9d" text-anchor="middle">${rng.int(1, 28)}/${rng.int(1, 12)}/2026</text></g></svg>`,
  );
};

/**
 * Renders page 1 of a corpus PDF at scanner resolution and degrades it like a real scan: a slight rotation
 * (±1.5°), blur, speckle noise and a rubber stamp, saved as PNG or JPEG. Deterministic for the same seed.
 */
export const renderCorpusScan = async ({ pdf, seed, dpi = 200 }: RenderCorpusScanOptions): Promise<TCorpusScan> => {
  const rng = createRng({ seed });
  // The product's own renderer (safe pdf.js configuration, white background), then scanner damage on top.
  const [page] = await renderPdfPages({ bytes: pdf, dpi, maxPages: 1 });
  if (!page) throw new Error("The corpus PDF has no page to scan");
  const rendered = page.png;
  const { pixelWidth: width, pixelHeight: height } = page;
  const noise = Buffer.alloc(width * height * 4);
  for (let speck = 0; speck < (width * height) / 900; speck += 1) {
    const offset = (rng.int(0, height - 1) * width + rng.int(0, width - 1)) * 4;
    const shade = rng.int(40, 140);
    noise[offset] = shade;
    noise[offset + 1] = shade;
    noise[offset + 2] = shade;
    noise[offset + 3] = 255;
  }
  const rotation = Math.round((rng.next() * 3 - 1.5) * 100) / 100;
  const degraded = sharp(
    await sharp(rendered)
      .composite([{ input: stampSvg(width, height, rng) }, { input: noise, raw: { width, height, channels: 4 } }])
      .png()
      .toBuffer(),
  )
    .rotate(rotation, { background: "#ffffff" })
    .blur(0.5 + rng.next() * 0.6)
    .flatten({ background: "#ffffff" })
    .withMetadata({ density: dpi });
  const format = rng.chance(0.5) ? "jpg" : "png";
  const bytes = format === "jpg" ? await degraded.jpeg({ quality: 80 }).toBuffer() : await degraded.greyscale().png().toBuffer();
  return { bytes, format, rotation };
};
