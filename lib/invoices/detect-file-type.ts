import { fileTypeFromBuffer } from "file-type";
import type { TSourceType } from "./schemas";
import { sniffXml } from "./sniff-xml";

export type DetectedFileType = { sourceType: TSourceType; mimeType: string; extension: string };

export type DetectFileTypeOptions = {
  /** The first bytes of the file (4 KiB is plenty for every signature we accept). */
  head: Uint8Array;
};

const ACCEPTED: Record<string, DetectedFileType> = {
  pdf: { sourceType: "PDF", mimeType: "application/pdf", extension: "pdf" },
  // file-type labels PDFs written by Illustrator "ai"; they are still PDFs.
  ai: { sourceType: "PDF", mimeType: "application/pdf", extension: "pdf" },
  png: { sourceType: "IMAGE", mimeType: "image/png", extension: "png" },
  jpg: { sourceType: "IMAGE", mimeType: "image/jpeg", extension: "jpg" },
  tif: { sourceType: "IMAGE", mimeType: "image/tiff", extension: "tif" },
  webp: { sourceType: "IMAGE", mimeType: "image/webp", extension: "webp" },
};

const XML: DetectedFileType = { sourceType: "XML", mimeType: "application/xml", extension: "xml" };

const TIFF_SIGNATURES = [Buffer.from("II*\0", "latin1"), Buffer.from("MM\0*", "latin1")];

/**
 * file-type follows a TIFF's first directory to tell it from camera raw formats, and gives up when the directory
 * lies past the head, which is where sharp and many scanners write it. The signature is enough here: the image is
 * decoded (and its pixel count capped) right after, so a file that only looks like a TIFF is still refused.
 */
const hasTiffSignature = (head: Uint8Array) => TIFF_SIGNATURES.some((signature) => Buffer.from(head.subarray(0, 4)).equals(signature));

/** The type by magic bytes only (never the name or the client's Content-Type); null when not accepted. */
export const detectFileType = async ({ head }: DetectFileTypeOptions): Promise<DetectedFileType | null> => {
  if (head.byteLength === 0) return null;
  const detected = await fileTypeFromBuffer(head);
  if (detected) return ACCEPTED[detected.ext] ?? (detected.ext === "xml" && sniffXml({ head }) ? XML : null);
  if (hasTiffSignature(head)) return ACCEPTED.tif ?? null;
  return sniffXml({ head }) ? XML : null;
};

export const EXTENSION_BY_MIME_TYPE: Record<string, string> = Object.fromEntries(
  [...Object.values(ACCEPTED), XML].map((type) => [type.mimeType, type.extension]),
);
