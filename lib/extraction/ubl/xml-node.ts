/**
 * A namespace-resolved element: `ns` is the namespace URI its prefix (or the default namespace) is bound to,
 * `name` the local name. Navigation matches (ns, name), so `<cbc:ID>`, `<b:ID xmlns:b="…CommonBasic…">` and a
 * default-namespace `<ID>` are the same element.
 */
export type XNode = {
  ns: string | null;
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
};

export const childrenOf = (node: XNode | null | undefined, ns: string, name: string): XNode[] =>
  node ? node.children.filter((child) => child.name === name && child.ns === ns) : [];

export const childOf = (node: XNode | null | undefined, ns: string, name: string): XNode | null =>
  node?.children.find((child) => child.name === name && child.ns === ns) ?? null;

/** Follows a path of [ns, name] steps, taking the first match at each step. */
export const pathOf = (node: XNode | null | undefined, ...steps: (readonly [string, string])[]): XNode | null => {
  let current: XNode | null = node ?? null;
  for (const [ns, name] of steps) {
    current = childOf(current, ns, name);
    if (!current) return null;
  }
  return current;
};

/** Trimmed text, or null when the element is missing or empty. */
export const textOf = (node: XNode | null | undefined): string | null => {
  const value = node?.text.trim();
  return value ? value : null;
};
