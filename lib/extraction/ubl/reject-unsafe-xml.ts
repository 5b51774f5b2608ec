import { XMLValidator } from "fast-xml-parser";
import { AppError } from "@/lib/errors";
import { rejectXmlDtd } from "./reject-xml-dtd";

/** UBL with its XAdES signature nests about 15 levels; anything near this bound is an attack, not an invoice. */
export const MAX_XML_DEPTH = 100;

/**
 * Character and entity references ("&amp;", "&#65;") a document may carry. A signed DIAN invoice has a few
 * dozen; a million of them is an attack on the parser's time (fast-xml-parser needs about a second for that).
 */
export const MAX_XML_REFERENCES = 50_000;

export type RejectUnsafeXmlOptions = { text: string; maxDepth?: number };
export type TXmlShape = { rootName: string };

const malformed = (detail: string) =>
  new AppError("XML_MALFORMED", {
    message: `El XML está mal formado (${detail}). Pida al emisor el archivo original de la factura electrónica.`,
  });

/**
 * Checks the raw text before any parser sees it: DTD declarations anywhere (so entity expansion can never run,
 * whatever the parser's settings), nesting depth (a linear scan with a bound, so deep nesting cannot exhaust the
 * stack), then well-formedness with fast-xml-parser's validator. Returns the root element's qualified name.
 */
export const rejectUnsafeXml = ({ text, maxDepth = MAX_XML_DEPTH }: RejectUnsafeXmlOptions): TXmlShape => {
  if (text.length === 0) {
    throw new AppError("EMPTY_FILE", { message: "El archivo XML está vacío." });
  }
  // Embedded documents are checked again when unwrapped.
  rejectXmlDtd({ text });

  let references = 0;
  for (let at = text.indexOf("&"); at !== -1; at = text.indexOf("&", at + 1)) {
    references += 1;
    if (references > MAX_XML_REFERENCES) {
      throw new AppError("XML_MALFORMED", {
        message: `El XML trae más de ${MAX_XML_REFERENCES} referencias de carácter (&…;); una factura no las necesita y se rechazó como posible ataque.`,
      });
    }
  }

  let depth = 0;
  let rootName: string | null = null;
  let rootClosed = false;
  let position = text.indexOf("<");
  if (position === -1) throw malformed("no contiene ningún elemento");
  if (text.slice(0, position).trim() !== "") throw malformed("hay texto antes del primer elemento");

  // Where the last markup ended: after the root closes, only whitespace, comments and PIs may follow.
  let markupEnd = 0;
  while (position !== -1) {
    if (rootClosed && text.slice(markupEnd, position).trim() !== "") throw malformed("hay texto después del elemento raíz");
    const next = text.charCodeAt(position + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith("<!--", position)) {
        const end = text.indexOf("-->", position + 4);
        if (end === -1) throw malformed("comentario sin cerrar");
        markupEnd = end + 3;
      } else if (text.startsWith("<![CDATA[", position)) {
        const end = text.indexOf("]]>", position + 9);
        if (end === -1) throw malformed("sección CDATA sin cerrar");
        markupEnd = end + 3;
      } else {
        throw malformed("declaración no permitida");
      }
      position = text.indexOf("<", markupEnd);
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = text.indexOf("?>", position + 2);
      if (end === -1) throw malformed("instrucción de procesamiento sin cerrar");
      markupEnd = end + 2;
      position = text.indexOf("<", markupEnd);
      continue;
    }
    // A start or end tag: find its closing '>' outside quoted attribute values.
    let cursor = position + 1;
    let quote = 0;
    for (; cursor < text.length; cursor++) {
      const code = text.charCodeAt(cursor);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === 0x22 || code === 0x27) {
        quote = code;
      } else if (code === 0x3e /* > */) {
        break;
      } else if (code === 0x3c /* < */) {
        throw malformed("etiqueta sin cerrar");
      }
    }
    if (cursor >= text.length) throw malformed("etiqueta sin cerrar al final del archivo");
    if (next === 0x2f /* / */) {
      depth -= 1;
      if (depth < 0) throw malformed("etiqueta de cierre sin apertura");
      if (depth === 0) rootClosed = true;
    } else {
      if (rootClosed) throw malformed("más de un elemento raíz");
      const selfClosing = text.charCodeAt(cursor - 1) === 0x2f;
      if (rootName === null) {
        rootName = /^[^\s/>]+/.exec(text.slice(position + 1, Math.min(cursor, position + 200)))?.[0] ?? "";
      }
      if (!selfClosing) {
        depth += 1;
        if (depth > maxDepth) {
          throw malformed(`anidamiento de más de ${maxDepth} niveles`);
        }
      } else if (depth === 0) {
        rootClosed = true;
      }
    }
    markupEnd = cursor + 1;
    position = text.indexOf("<", markupEnd);
  }
  if (rootClosed && text.slice(markupEnd).trim() !== "") throw malformed("hay texto después del elemento raíz");
  if (rootName === null || rootName === "") throw malformed("no contiene ningún elemento");
  if (depth !== 0) throw malformed("elementos sin cerrar");

  const validation = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (validation !== true) {
    throw malformed(`línea ${validation.err.line}: ${validation.err.msg}`);
  }
  return { rootName };
};
