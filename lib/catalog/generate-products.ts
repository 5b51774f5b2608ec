import {
  BASE_PRODUCTS,
  BRAND_MARKS,
  BRAND_NAMES,
  BRAND_PLACES,
  BRAND_TYPES,
  PRESENTATIONS,
  QUALITIES,
} from "./catalog-vocabulary";
import { normalizeProductName } from "./normalize-product-name";

export type GeneratedProduct = {
  code: string;
  name: string;
  normalizedName: string;
  gtin: string | null;
  unspsc: string | null;
  classificationCode: string;
  category: string;
  unitCode: string;
  active: boolean;
};

type Part = { text: string; normalized: string };
type PresentationPart = Part & { unitCode: string };
type PreparedBase = Part & {
  classificationCode: string;
  category: string;
  unspsc: string;
  qualities: readonly Part[];
  presentations: readonly PresentationPart[];
  /** Name combinations of this base: qualities × brands × presentations. */
  combinations: number;
};

const part = (text: string): Part => ({ text, normalized: normalizeProductName(text) });
const withSpace = ({ text, normalized }: Part): Part => ({ text: `${text} `, normalized: `${normalized} ` });

/**
 * Everything a row needs, normalized once: a row's normalized name is then a join of precomputed strings, which
 * equals normalizeProductName(name) because normalization never joins or splits across a single space.
 */
const prepare = () => {
  const brands: Part[] = [];
  for (const type of BRAND_TYPES) for (const name of BRAND_NAMES) for (const place of BRAND_PLACES) brands.push(part(`${type} ${name} ${place}`));
  for (const mark of BRAND_MARKS) brands.push(part(mark));
  const bases: PreparedBase[] = BASE_PRODUCTS.map((base) => {
    // "" leaves the quality out (shorter names); qualities and brands never begin alike, so names stay decodable.
    const qualities = ["", ...QUALITIES[base.qualities]].map((text) => (text ? withSpace(part(text)) : { text: "", normalized: "" }));
    const presentations = PRESENTATIONS[base.presentations].map((presentation) => ({ ...part(presentation.text), unitCode: presentation.unitCode }));
    return { ...base, ...part(base.name), qualities, presentations, combinations: qualities.length * presentations.length * brands.length };
  });
  const starts: number[] = [];
  let total = 0;
  for (const base of bases) {
    starts.push(total);
    total += base.combinations;
  }
  return { brands, bases, starts, total };
};

const prepared = prepare();

/** Distinct names the generator can produce before it has to repeat a combination (≈ 260 million). */
export const GENERATED_NAME_CAPACITY = prepared.total;

// The permutation works on a power-of-two domain of 2 × HALF_BITS bits, walked until it lands inside capacity.
const HALF_BITS = Math.ceil(Math.log2(prepared.total) / 2);
if (HALF_BITS > 15) throw new Error("The name space outgrew the generator's 30-bit permutation");
const HALF_MASK = (1 << HALF_BITS) - 1;
// Three Feistel rounds already make a pseudo-random permutation (Luby–Rackoff); more would only cost time.
const ROUNDS = 3;

const mix32 = (value: number): number => {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
};

const roundKeys = (seed: number): number[] => Array.from({ length: ROUNDS }, (_, round) => mix32(mix32(seed) + round * 0x9e3779b9));

/**
 * A seeded bijection of [0, capacity): a balanced Feistel network on 2 × HALF_BITS bits, repeated (cycle walking)
 * until the value falls inside the range. Distinct indices therefore map to distinct name combinations.
 */
const permute = (index: number, keys: readonly number[]): number => {
  let value = index;
  do {
    // value < 2^(2 × HALF_BITS) ≤ 2^30, so 32-bit integer operations are exact.
    let left = value >>> HALF_BITS;
    let right = value & HALF_MASK;
    for (const key of keys) {
      const next = left ^ (mix32(right ^ key) & HALF_MASK);
      left = right;
      right = next;
    }
    value = (left << HALF_BITS) | right;
  } while (value >= prepared.total);
  return value;
};

const findBase = (combination: number): number => {
  const { starts } = prepared;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] as number) <= combination) low = middle;
    else high = middle - 1;
  }
  return low;
};

// GS1 Colombia prefix 770 + a 9-digit item number; 9973 is prime to 10, so index → item number is one-to-one
// for the first 10^9 indices.
const GTIN_STEP = 9973;
const GTIN_SPACE = 1_000_000_000;
/** Weighted digit sum of "770" at positions 0..2 (weights 1, 3, 1). */
const GTIN_PREFIX_SUM = 7 + 7 * 3 + 0;

const buildGtin = (index: number, offset: number): string => {
  const item = (((index % GTIN_SPACE) * GTIN_STEP) % GTIN_SPACE + offset) % GTIN_SPACE;
  let sum = GTIN_PREFIX_SUM;
  let rest = item;
  // Digits from the right: position 11 (weight 3), 10 (weight 1), … 3 (weight 3).
  for (let position = 11; position >= 3; position -= 1) {
    sum += (rest % 10) * (position % 2 === 0 ? 1 : 3);
    rest = Math.floor(rest / 10);
  }
  return `770${String(item).padStart(9, "0")}${(10 - (sum % 10)) % 10}`;
};

export type GenerateProductsOptions = { count: number; seed: number; startIndex?: number };

/**
 * Deterministic, random-access catalog rows: row i depends only on (seed, i). Its name is base product + quality +
 * brand + presentation, chosen by a seeded permutation of every combination, so names (and normalized names) are
 * distinct for the first GENERATED_NAME_CAPACITY indices; past that a cycle number is appended to keep them so.
 * Same product and brand in another size or quality appear as near-duplicates, as in a real catalog.
 */
export function* generateProducts({ count, seed, startIndex = 0 }: GenerateProductsOptions): Generator<GeneratedProduct> {
  const keys = roundKeys(seed);
  const gtinOffset = mix32(seed ^ 0x5bd1e995) % GTIN_SPACE;
  const { bases, brands, starts, total } = prepared;
  for (let index = startIndex; index < startIndex + count; index += 1) {
    const cycle = Math.floor(index / total);
    const combination = permute(index - cycle * total, keys);
    const baseIndex = findBase(combination);
    const base = bases[baseIndex] as PreparedBase;
    let rest = combination - (starts[baseIndex] as number);
    const presentation = base.presentations[rest % base.presentations.length] as PresentationPart;
    rest = Math.floor(rest / base.presentations.length);
    const quality = base.qualities[rest % base.qualities.length] as Part;
    const brand = brands[Math.floor(rest / base.qualities.length)] as Part;
    const suffix = cycle === 0 ? "" : ` serie ${cycle + 1}`;
    const hash = mix32(index ^ keys[0]!);
    yield {
      code: `P${String(index + 1).padStart(9, "0")}`,
      name: `${base.text} ${quality.text}${brand.text} ${presentation.text}${suffix}`,
      normalizedName: `${base.normalized} ${quality.normalized}${brand.normalized} ${presentation.normalized}${suffix}`,
      // About 70 % of products carry a GTIN, 85 % a UNSPSC code, 98 % are active.
      gtin: hash % 100 < 70 ? buildGtin(index, gtinOffset) : null,
      unspsc: (hash >>> 8) % 100 < 85 ? base.unspsc : null,
      classificationCode: base.classificationCode,
      category: base.category,
      unitCode: presentation.unitCode,
      active: (hash >>> 16) % 100 < 98,
    };
  }
}
