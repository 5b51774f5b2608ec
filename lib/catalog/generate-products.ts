import { computeGtin13CheckDigit } from "./gtin";
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
};

type BaseProduct = {
  name: string;
  classificationCode: string;
  category: string;
  unitCode: string;
  unspsc: string;
  qualities: readonly string[];
  presentations: readonly string[];
};

const BASE_PRODUCTS: readonly BaseProduct[] = [
  { name: "Café pergamino seco", classificationCode: "0901.11", category: "Café", unitCode: "KGM", unspsc: "50201706", qualities: ["tipo federación", "excelso", "supremo", "pasilla"], presentations: ["carga 125 kg", "saco 70 kg", "arroba 12,5 kg"] },
  { name: "Café verde", classificationCode: "0901.11", category: "Café", unitCode: "KGM", unspsc: "50201706", qualities: ["excelso UGQ", "supremo 17/18", "especial"], presentations: ["saco 70 kg", "big bag 1000 kg"] },
  { name: "Café tostado en grano", classificationCode: "0901.21", category: "Café", unitCode: "KGM", unspsc: "50201708", qualities: ["tueste medio", "tueste oscuro", "origen Huila"], presentations: ["bolsa 500 g", "bolsa 2,5 kg"] },
  { name: "Arroz paddy verde", classificationCode: "1006.10", category: "Cereales", unitCode: "KGM", unspsc: "50221001", qualities: ["Fedearroz 67", "seco", "húmedo"], presentations: ["bulto 62,5 kg", "tonelada"] },
  { name: "Arroz blanco", classificationCode: "1006.30", category: "Cereales", unitCode: "KGM", unspsc: "50221001", qualities: ["premium", "extra", "corriente"], presentations: ["bulto x 50 kg", "paca 25 x 1 kg", "bolsa 500 g"] },
  { name: "Maíz amarillo", classificationCode: "1005.90", category: "Cereales", unitCode: "KGM", unspsc: "50221101", qualities: ["tecnificado", "tradicional", "grado 2"], presentations: ["bulto 50 kg", "tonelada"] },
  { name: "Soya en grano", classificationCode: "1201.90", category: "Oleaginosas", unitCode: "KGM", unspsc: "50221102", qualities: ["nacional", "grado 1"], presentations: ["bulto 50 kg", "tonelada"] },
  { name: "Leche cruda", classificationCode: "0401.10", category: "Lácteos", unitCode: "LTR", unspsc: "50131701", qualities: ["refrigerada", "entera", "tipo A"], presentations: ["litro", "cantina 40 l", "carrotanque"] },
  { name: "Huevo rojo", classificationCode: "0407.21", category: "Huevos", unitCode: "NIU", unspsc: "50131601", qualities: ["AA", "A", "extra", "jumbo"], presentations: ["panal 30 und", "caja 360 und"] },
  { name: "Panela", classificationCode: "1701.13", category: "Panela", unitCode: "KGM", unspsc: "50161509", qualities: ["redonda", "cuadrada", "pulverizada"], presentations: ["caja 24 x 500 g", "paca 12,5 kg", "bolsa 1 kg"] },
  { name: "Cacao en grano", classificationCode: "1801.00", category: "Cacao", unitCode: "KGM", unspsc: "50161811", qualities: ["fino de aroma", "corriente", "fermentado seco"], presentations: ["saco 60 kg", "kilogramo"] },
  { name: "Pasta de cacao", classificationCode: "1803.10", category: "Cacao", unitCode: "KGM", unspsc: "50161811", qualities: ["100 %", "sin azúcar"], presentations: ["bloque 1 kg", "caja 10 kg"] },
  { name: "Ganado bovino en pie", classificationCode: "0102.29", category: "Ganado", unitCode: "KGM", unspsc: "10101501", qualities: ["novillo gordo", "vaca de levante", "ternero destete"], presentations: ["por kilo en pie", "cabeza"] },
  { name: "Cerdo en pie", classificationCode: "0103.92", category: "Ganado", unitCode: "KGM", unspsc: "10101502", qualities: ["cebado", "de levante"], presentations: ["por kilo en pie", "cabeza"] },
  { name: "Pollo en pie", classificationCode: "0105.11", category: "Avícola", unitCode: "KGM", unspsc: "10101601", qualities: ["de engorde", "campesino"], presentations: ["por kilo en pie", "jaula"] },
  { name: "Carne de res deshuesada", classificationCode: "0201.30", category: "Cárnicos", unitCode: "KGM", unspsc: "50112004", qualities: ["lomo", "cadera", "pierna", "falda"], presentations: ["kilogramo", "caja 20 kg"] },
  { name: "Pechuga de pollo congelada", classificationCode: "0207.14", category: "Avícola", unitCode: "KGM", unspsc: "50112010", qualities: ["sin hueso", "con hueso", "marinada"], presentations: ["bolsa 2 kg", "caja 20 kg"] },
  { name: "Tilapia roja fresca", classificationCode: "0302.71", category: "Pesca", unitCode: "KGM", unspsc: "50121537", qualities: ["entera eviscerada", "en hielo"], presentations: ["kilogramo", "canasta 20 kg"] },
  { name: "Filete de tilapia congelado", classificationCode: "0304.61", category: "Pesca", unitCode: "KGM", unspsc: "50121537", qualities: ["sin piel", "IQF"], presentations: ["bolsa 1 kg", "caja 10 kg"] },
  { name: "Trucha arcoíris fresca", classificationCode: "0302.14", category: "Pesca", unitCode: "KGM", unspsc: "50121538", qualities: ["entera", "mariposa"], presentations: ["kilogramo", "caja 10 kg"] },
  { name: "Papa pastusa", classificationCode: "0701.90", category: "Tubérculos", unitCode: "KGM", unspsc: "50405501", qualities: ["primera", "segunda", "gruesa"], presentations: ["bulto 50 kg", "arroba"] },
  { name: "Papa criolla", classificationCode: "0701.90", category: "Tubérculos", unitCode: "KGM", unspsc: "50405501", qualities: ["primera", "lavada"], presentations: ["bulto 50 kg", "canastilla 25 kg"] },
  { name: "Tomate chonto", classificationCode: "0702.00", category: "Hortalizas", unitCode: "KGM", unspsc: "50407100", qualities: ["maduro", "pintón", "larga vida"], presentations: ["canastilla 22 kg", "kilogramo"] },
  { name: "Fríjol cargamanto", classificationCode: "0713.33", category: "Leguminosas", unitCode: "KGM", unspsc: "50401700", qualities: ["rojo", "blanco", "seco"], presentations: ["bulto 50 kg", "bolsa 500 g"] },
  { name: "Plátano hartón", classificationCode: "0803.90", category: "Frutas", unitCode: "KGM", unspsc: "50301600", qualities: ["verde", "maduro", "primera"], presentations: ["racimo", "caja 20 kg"] },
  { name: "Banano de exportación", classificationCode: "0803.90", category: "Frutas", unitCode: "KGM", unspsc: "50301600", qualities: ["Cavendish", "premium"], presentations: ["caja 18,14 kg"] },
  { name: "Aguacate Hass", classificationCode: "0804.40", category: "Frutas", unitCode: "KGM", unspsc: "50301500", qualities: ["calibre 14", "calibre 18", "exportación"], presentations: ["caja 10 kg", "kilogramo"] },
  { name: "Naranja valencia", classificationCode: "0805.10", category: "Frutas", unitCode: "KGM", unspsc: "50302400", qualities: ["jugo", "mesa"], presentations: ["bulto 50 kg", "tonelada"] },
  { name: "Rosas frescas", classificationCode: "0603.11", category: "Flores", unitCode: "NIU", unspsc: "10161500", qualities: ["Freedom 60 cm", "Vendela 50 cm"], presentations: ["ramo 25 tallos", "caja tabaco"] },
  { name: "Algodón fibra", classificationCode: "5201.00", category: "Fibras", unitCode: "KGM", unspsc: "11151500", qualities: ["semilla", "media fibra"], presentations: ["paca 220 kg"] },
  { name: "Aceite crudo de palma", classificationCode: "1511.10", category: "Oleaginosas", unitCode: "KGM", unspsc: "50151500", qualities: ["ACP", "alto oleico"], presentations: ["carrotanque", "tonelada"] },
  { name: "Harina de trigo", classificationCode: "1101.00", category: "Molinería", unitCode: "KGM", unspsc: "50221201", qualities: ["panadera", "todo uso"], presentations: ["bulto 50 kg", "bolsa 1 kg"] },
  { name: "Pan tajado", classificationCode: "1905.90", category: "Panadería", unitCode: "NIU", unspsc: "50181900", qualities: ["blanco", "integral"], presentations: ["bolsa 500 g"] },
  { name: "Café soluble liofilizado", classificationCode: "2101.11", category: "Café", unitCode: "KGM", unspsc: "50201711", qualities: ["clásico", "descafeinado"], presentations: ["frasco 170 g", "caja 25 kg"] },
  { name: "Bebida de avena", classificationCode: "2202.99", category: "Bebidas", unitCode: "LTR", unspsc: "50202300", qualities: ["original", "canela"], presentations: ["botella 1 l", "caja 12 x 200 ml"] },
  { name: "Fertilizante NPK 15-15-15", classificationCode: "3105.20", category: "Insumos", unitCode: "KGM", unspsc: "10171600", qualities: ["granulado", "mezcla física"], presentations: ["bulto 50 kg"] },
  { name: "Guadañadora a gasolina", classificationCode: "8432.80", category: "Maquinaria", unitCode: "NIU", unspsc: "21101500", qualities: ["2 tiempos", "profesional"], presentations: ["unidad"] },
];

const BRANDS = [
  "La Esperanza", "Finca El Recreo", "Cooperativa del Huila", "Agroandes", "Santa Rosa", "Los Llanos",
  "San Isidro", "Valle Verde", "El Porvenir", "Montebello", "Sierra Nevada", "Altos del Cauca", "Campo Real",
  "La Primavera", "Doña Panela", "Hacienda Córdoba",
];

/** mulberry32: a tiny seeded PRNG, so the same seed always yields the same catalog. */
const createRandom = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** Colombia's GS1 prefix (770) plus a company and item number derived from the row index. */
const buildGtin = (index: number) => {
  const body = `770${String(1_000_000_000 + index).slice(1)}`.slice(0, 12);
  return body + computeGtin13CheckDigit(body);
};

export type GenerateProductsOptions = { count: number; seed: number; startIndex?: number };

/** Deterministic catalog rows: base product + quality + brand + presentation, with near-duplicate names. */
export function* generateProducts({ count, seed, startIndex = 0 }: GenerateProductsOptions): Generator<GeneratedProduct> {
  for (let index = startIndex; index < startIndex + count; index += 1) {
    const random = createRandom(seed * 1_000_003 + index);
    const base = pick(BASE_PRODUCTS, random);
    const name = [base.name, pick(base.qualities, random), pick(BRANDS, random), pick(base.presentations, random)].join(" ");
    yield {
      code: `P${String(index + 1).padStart(9, "0")}`,
      name,
      normalizedName: normalizeProductName(name),
      gtin: random() < 0.7 ? buildGtin(index) : null,
      unspsc: base.unspsc,
      classificationCode: base.classificationCode,
      category: base.category,
      unitCode: base.unitCode,
    };
  }
}
