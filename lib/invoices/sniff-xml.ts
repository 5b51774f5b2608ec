export type SniffXmlOptions = { head: Uint8Array };

const UBL_ROOTS = /^<(?:[A-Za-z_][\w.-]*:)?(?:Invoice|CreditNote|DebitNote|AttachedDocument)[\s>/]/;

/** The head as text, after a UTF-8 or UTF-16 byte order mark. */
export const decodeXmlHead = (head: Uint8Array): string => {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return bytes.toString("utf8");
};

/**
 * True for the start of an XML document: after an optional UTF-8 or UTF-16 BOM and whitespace, an XML
 * declaration, or (for files saved without one) a UBL root element. HTML and other text are not XML here.
 */
export const sniffXml = ({ head }: SniffXmlOptions): boolean => {
  const text = decodeXmlHead(head).replace(/^[\s]+/, "");
  return text.startsWith("<?xml") ? /^<\?xml[\s?]/.test(text) : UBL_ROOTS.test(text);
};
