export type NormalizeTokenOptions = { text: string };

/** Lower case, no accents, no punctuation except % : what label matching compares ("Emisión:" → "emision"). */
export const normalizeToken = ({ text }: NormalizeTokenOptions): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]/g, "");
