export type DecodeXmlBytesOptions = { xml: Buffer | string };
export type TDecodedXml = { text: string; encoding: string; warnings: { code: string; message: string }[] };

const swapBytePairs = (bytes: Buffer): Buffer => {
  const even = bytes.length - (bytes.length % 2);
  const swapped = Buffer.alloc(even);
  for (let index = 0; index < even; index += 2) {
    swapped[index] = bytes[index + 1] ?? 0;
    swapped[index + 1] = bytes[index] ?? 0;
  }
  return swapped;
};

const declaredEncoding = (bytes: Buffer): string | null => {
  // The XML declaration is ASCII in every ASCII-compatible encoding, so its first bytes can be read as latin1.
  const head = bytes.subarray(0, 200).toString("latin1");
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
};

/**
 * Turns uploaded bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE (BOM or the `<?` pattern of an
 * undeclared UTF-16 file), ISO-8859-1/Windows-1252 when the declaration says so. UTF-8 that is not valid UTF-8
 * is read as Windows-1252 with a warning, because some Colombian issuers declare UTF-8 and write Latin-1.
 */
export const decodeXmlBytes = ({ xml }: DecodeXmlBytesOptions): TDecodedXml => {
  if (typeof xml === "string") {
    return { text: xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml, encoding: "string", warnings: [] };
  }
  const b0 = xml[0];
  const b1 = xml[1];
  const b2 = xml[2];
  const b3 = xml[3];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return decodeUtf8(xml.subarray(3), "utf-8-bom");
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(xml.subarray(2)), encoding: "utf-16le", warnings: [] };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder("utf-16le").decode(swapBytePairs(xml.subarray(2))), encoding: "utf-16be", warnings: [] };
  }
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) {
    return { text: new TextDecoder("utf-16le").decode(xml), encoding: "utf-16le", warnings: [] };
  }
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) {
    return { text: new TextDecoder("utf-16le").decode(swapBytePairs(xml)), encoding: "utf-16be", warnings: [] };
  }
  const declared = declaredEncoding(xml);
  if (declared && ["iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252"].includes(declared)) {
    return { text: new TextDecoder("windows-1252").decode(xml), encoding: declared, warnings: [] };
  }
  return decodeUtf8(xml, "utf-8");
};

const decodeUtf8 = (bytes: Buffer, encoding: string): TDecodedXml => {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding, warnings: [] };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
      warnings: [
        {
          code: "XML_ENCODING_FALLBACK",
          message: "El XML no es UTF-8 válido; se leyó como Windows-1252. Revise tildes y eñes en los textos.",
        },
      ],
    };
  }
};
