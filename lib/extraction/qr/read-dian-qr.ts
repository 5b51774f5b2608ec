import { renderPdfPages } from "@/lib/extraction/ocr/render-pdf-pages";
import type { TBoundingBox } from "@/lib/extraction/schemas";
import { decodeQrCode } from "./decode-qr-code";
import { parseDianQr, type TDianQrContent } from "./parse-dian-qr";

/** DIAN's printed representation puts the QR on the first page. */
const QR_RENDER_DPI = 200;

export type TDianQrReading = { content: TDianQrContent; page: number; bbox: TBoundingBox };

/** The DIAN QR code on the first page of a scan or PDF, or null when there is none (or it is not DIAN's). */
export const readDianQr = async ({ bytes, sourceType }: { bytes: Buffer; sourceType: "PDF" | "IMAGE" }): Promise<TDianQrReading | null> => {
  const image =
    sourceType === "IMAGE" ? bytes : (await renderPdfPages({ bytes, dpi: QR_RENDER_DPI, firstPages: 1 }))[0]?.png;
  if (!image) return null;
  const decoded = await decodeQrCode({ image });
  const content = decoded && parseDianQr({ text: decoded.text });
  return content && decoded ? { content, page: 1, bbox: decoded.bbox } : null;
};
