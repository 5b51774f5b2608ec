const INDENT = "  ";

const attributesOf = (element: Element) =>
  Array.from(element.attributes, (attribute) => ` ${attribute.name}="${attribute.value}"`).join("");

const formatNode = (node: Node, depth: number, out: string[]) => {
  const pad = INDENT.repeat(depth);
  if (node.nodeType === Node.ELEMENT_NODE) {
    const element = node as Element;
    const children = Array.from(element.childNodes).filter(
      (child) => !(child.nodeType === Node.TEXT_NODE && (child.textContent ?? "").trim() === ""),
    );
    const open = `<${element.tagName}${attributesOf(element)}`;
    if (children.length === 0) {
      out.push(`${pad}${open}/>`);
    } else if (children.length === 1 && children[0]!.nodeType === Node.TEXT_NODE) {
      out.push(`${pad}${open}>${(children[0]!.textContent ?? "").trim()}</${element.tagName}>`);
    } else {
      out.push(`${pad}${open}>`);
      for (const child of children) formatNode(child, depth + 1, out);
      out.push(`${pad}</${element.tagName}>`);
    }
  } else if (node.nodeType === Node.TEXT_NODE) {
    out.push(`${pad}${(node.textContent ?? "").trim()}`);
  } else if (node.nodeType === Node.CDATA_SECTION_NODE) {
    out.push(`${pad}<![CDATA[${node.textContent ?? ""}]]>`);
  } else if (node.nodeType === Node.COMMENT_NODE) {
    out.push(`${pad}<!--${node.textContent ?? ""}-->`);
  }
};

/**
 * The XML re-indented for reading, as plain text (the caller renders it as text, never as markup). DOMParser in
 * XML mode runs no scripts and fetches no external entities; text the parser rejects is shown as it came.
 */
export const formatXmlSource = (source: string): string => {
  const parsed = new DOMParser().parseFromString(source, "application/xml");
  if (parsed.getElementsByTagName("parsererror").length > 0) return source;
  const out: string[] = [];
  const declaration = /^\s*(<\?xml[^?]*\?>)/.exec(source)?.[1];
  if (declaration) out.push(declaration);
  for (const child of Array.from(parsed.childNodes)) formatNode(child, 0, out);
  return out.join("\n");
};

/** XML declares its own encoding (DIAN files are UTF-8, some older ones ISO-8859-1). */
export const decodeXmlBytes = (bytes: ArrayBuffer): string => {
  const head = new TextDecoder("latin1").decode(bytes.slice(0, 200));
  const declared = /encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
};
