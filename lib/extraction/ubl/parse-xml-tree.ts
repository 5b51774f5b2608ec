import { XMLParser } from "fast-xml-parser";
import { AppError } from "@/lib/errors";
import { MAX_XML_DEPTH, rejectUnsafeXml } from "./reject-unsafe-xml";
import type { XNode } from "./xml-node";

export type ParseXmlTreeOptions = { text: string };

type OrderedEntry = Record<string, unknown> & { ":@"?: Record<string, string> };

const CDATA_KEY = "#cdata";
const TEXT_KEY = "#text";

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  // Entities are decoded below for the five XML built-ins and numeric references only; the parser expands none.
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: CDATA_KEY,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Same bound as the pre-parse scan, so the parser can never be asked to go deeper than was checked.
  maxNestedTags: MAX_XML_DEPTH,
});

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const UNDECLARED_REFERENCE = /&(?!(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);)/;

const decodeEntities = (raw: string): string => {
  if (raw.indexOf("&") === -1) return raw;
  // Without a DTD no other entity can be declared, so any other reference makes the document not well-formed.
  if (UNDECLARED_REFERENCE.test(raw)) {
    throw new AppError("XML_MALFORMED", {
      message: "El XML está mal formado (usa una entidad no declarada o un '&' sin escapar).",
    });
  }
  return raw.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (entity.startsWith("#")) {
      const codePoint = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[entity] ?? whole;
  });
};

const splitName = (qualified: string): [string | null, string] => {
  const colon = qualified.indexOf(":");
  return colon === -1 ? [null, qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
};

const toNode = (qualified: string, entry: OrderedEntry, inScope: ReadonlyMap<string, string>): XNode => {
  const rawAttrs = entry[":@"] ?? {};
  let scope = inScope;
  const attrs: Record<string, string> = {};
  for (const [key, rawValue] of Object.entries(rawAttrs)) {
    const value = decodeEntities(String(rawValue));
    if (key === "xmlns" || key.startsWith("xmlns:")) {
      if (scope === inScope) scope = new Map(inScope);
      (scope as Map<string, string>).set(key === "xmlns" ? "" : key.slice(6), value);
    } else {
      // Attributes are looked up by local name: UBL's schemeID, unitCode, currencyID are unprefixed.
      attrs[splitName(key)[1]] = value;
    }
  }
  const [prefix, name] = splitName(qualified);
  const ns = scope.get(prefix ?? "") ?? null;
  const node: XNode = { ns, name, attrs, children: [], text: "" };
  const content = entry[qualified];
  if (Array.isArray(content)) {
    for (const item of content as OrderedEntry[]) {
      const key = Object.keys(item).find((candidate) => candidate !== ":@");
      if (key === undefined) continue;
      if (key === TEXT_KEY) {
        node.text += decodeEntities(String(item[TEXT_KEY]));
      } else if (key === CDATA_KEY) {
        const cdata = item[CDATA_KEY] as { [TEXT_KEY]?: unknown }[];
        for (const part of cdata) node.text += String(part[TEXT_KEY] ?? "");
      } else {
        node.children.push(toNode(key, item, scope));
      }
    }
  }
  return node;
};

/**
 * Parses XML that passed rejectUnsafeXml into a namespace-resolved tree. Recursion depth is bounded by the
 * depth check done first.
 */
export const parseXmlTree = ({ text }: ParseXmlTreeOptions): XNode => {
  rejectUnsafeXml({ text });
  let entries: OrderedEntry[];
  try {
    entries = parser.parse(text) as OrderedEntry[];
  } catch (error) {
    throw new AppError("XML_MALFORMED", {
      message: `El XML está mal formado (${error instanceof Error ? error.message : "error de lectura"}).`,
    });
  }
  const rootEntry = entries.find((entry) => Object.keys(entry).some((key) => key !== ":@" && !key.startsWith("#")));
  const rootKey = rootEntry && Object.keys(rootEntry).find((key) => key !== ":@" && !key.startsWith("#"));
  if (!rootEntry || !rootKey) {
    throw new AppError("XML_MALFORMED", { message: "El XML está mal formado (no contiene ningún elemento)." });
  }
  return toNode(rootKey, rootEntry, new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]));
};
