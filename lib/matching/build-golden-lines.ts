/** The ways an operator's or issuer's text differs from the catalog name that the golden set exercises. */
export const GOLDEN_NOISE_KINDS = ["typo", "abbreviation", "no_accents_upper", "reordered", "extra_text"] as const;
export type TGoldenNoiseKind = (typeof GOLDEN_NOISE_KINDS)[number];

export type TGoldenLine = { description: string; expectedCode: string; noise: TGoldenNoiseKind[] };

/** mulberry32: small, seeded and fast, so a seed always yields the same golden set. */
const createRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
};

const EXTRA_TEXTS = ["x und", "ref 4471", "lote 23", "entrega bodega", "según pedido", "cosecha 2026", "- desc. 5%"];
const isWord = (word: string) => /^\p{L}+$/u.test(word);

const misspell = (word: string, random: () => number) => {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const edit = Math.floor(random() * 3);
  if (edit === 0) return word.slice(0, at) + word.slice(at + 1);
  if (edit === 1) return word.slice(0, at) + (word[at + 1] ?? "") + (word[at] ?? "") + word.slice(at + 2);
  const letters = "abcdefghilmnoprstuv";
  return word.slice(0, at) + letters[Math.floor(random() * letters.length)] + word.slice(at + 1);
};

const applyNoise = (words: string[], kind: TGoldenNoiseKind, random: () => number): string[] => {
  const longWords = words.map((word, index) => ({ word, index })).filter(({ word }) => isWord(word) && word.length >= 5);
  switch (kind) {
    case "typo": {
      const target = longWords[Math.floor(random() * longWords.length)];
      if (!target) return words;
      return words.map((word, index) => (index === target.index ? misspell(word, random) : word));
    }
    case "abbreviation": {
      // One to three words cut to 40–70 % of their letters (at least 3), as in "caf perg sec".
      const count = 1 + Math.floor(random() * 3);
      const abbreviated = new Set(
        [...longWords].sort(() => random() - 0.5).slice(0, count).map(({ index }) => index),
      );
      return words.map((word, index) =>
        abbreviated.has(index) ? word.slice(0, Math.max(3, Math.round(word.length * (0.4 + 0.3 * random())))) : word,
      );
    }
    case "no_accents_upper":
      return words.map((word) => word.normalize("NFD").replace(/\p{Diacritic}/gu, "").toUpperCase());
    case "reordered": {
      const cut = 1 + Math.floor(random() * (words.length - 1));
      return [...words.slice(cut), ...words.slice(0, cut)];
    }
    case "extra_text":
      return [...words, ...(EXTRA_TEXTS[Math.floor(random() * EXTRA_TEXTS.length)] ?? "").split(" ")];
  }
};

export type BuildGoldenLinesOptions = { products: ReadonlyArray<{ code: string; name: string }>; seed: number };

/**
 * Invoice-line descriptions for known products, each changed by one or two kinds of noise seen on real invoices: a
 * misspelt word, one to three abbreviated words ("caf perg sec"), no accents in capitals, words in another order,
 * extra text.
 * Numbers are never changed: "50 kg" misread as "5 kg" is a different product.
 */
export const buildGoldenLines = ({ products, seed }: BuildGoldenLinesOptions): TGoldenLine[] =>
  products.map((product, productIndex) => {
    const random = createRandom(seed * 7919 + productIndex);
    const pickKind = () => GOLDEN_NOISE_KINDS[Math.floor(random() * GOLDEN_NOISE_KINDS.length)] ?? "typo";
    const noise = [...new Set([pickKind(), ...(random() < 0.5 ? [pickKind()] : [])])];
    const words = noise.reduce((current, kind) => applyNoise(current, kind, random), product.name.split(/\s+/));
    return { description: words.join(" "), expectedCode: product.code, noise };
  });
