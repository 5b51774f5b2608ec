/**
 * The words generated catalog names are built from: base product + quality + brand + presentation. The lists
 * are deliberately small and shared, so a few thousand distinct words repeat across millions of rows, as in a
 * real catalog (that repetitiveness is what makes fuzzy search hard). Every list is prefix-free at the word level
 * once normalized (no entry's words begin another entry of the same list), so a name splits back into its parts
 * in exactly one way: distinct part combinations give distinct normalized names. generate-products.test.ts
 * checks that property on these lists.
 */

export type Presentation = { text: string; unitCode: string };

const p = (text: string, unitCode: string): Presentation => ({ text, unitCode });

export const PRESENTATIONS = {
  coffee: [p("carga 125 kg", "KGM"), p("saco 70 kg", "SA"), p("arroba 12,5 kg", "KGM"), p("kilogramo", "KGM"), p("big bag 1000 kg", "KGM"), p("bulto x 40 kg", "BG"), p("tonelada", "TNE"), p("saco de fique 60 kg", "SA")],
  grain: [p("bulto x 50 kg", "BG"), p("bulto 62,5 kg", "BG"), p("bulto de 25 kg", "BG"), p("tonelada", "TNE"), p("kilogramo", "KGM"), p("saco 40 kg", "SA"), p("granel por tonelada", "TNE"), p("big bag 1000 kg", "KGM"), p("arroba 12,5 kg", "KGM")],
  retailDry: [p("bolsa 500 g", "BG"), p("bolsa 1 kg", "BG"), p("bolsa 2,5 kg", "BG"), p("bolsa 5 kg", "BG"), p("paca 25 x 1 kg", "PK"), p("paca 12 x 500 g", "PK"), p("bulto x 50 kg", "BG"), p("bulto de 25 kg", "BG"), p("caja 24 x 500 g", "BX"), p("libra", "LBR")],
  milk: [p("litro", "LTR"), p("cantina 40 l", "LTR"), p("carrotanque por litro", "LTR"), p("galón", "GLL"), p("tanque de enfriamiento", "LTR")],
  dairy: [p("bloque 2,5 kg", "KGM"), p("libra", "LBR"), p("kilogramo", "KGM"), p("tajado 250 g", "PK"), p("caja 10 kg", "BX"), p("bolsa 500 g", "BG"), p("pote 1 kg", "NIU")],
  eggs: [p("panal 30 und", "NIU"), p("caja 360 und", "BX"), p("bandeja 12 und", "NIU"), p("cubeta 15 und", "NIU"), p("canasta 180 und", "NIU")],
  livestock: [p("por kilo en pie", "KGM"), p("cabeza", "HD"), p("lote de 10 cabezas", "HD"), p("camión por kilo", "KGM"), p("subasta por kilo", "KGM")],
  poultry: [p("por kilo en pie", "KGM"), p("jaula de 10 aves", "NIU"), p("unidad", "NIU"), p("lote de 100 aves", "NIU")],
  meat: [p("kilogramo", "KGM"), p("caja 20 kg", "BX"), p("libra", "LBR"), p("bandeja 1 kg", "PK"), p("media canal", "KGM"), p("empacado al vacío 2 kg", "PK")],
  frozen: [p("bolsa 1 kg", "BG"), p("bolsa 2 kg", "BG"), p("caja 10 kg", "BX"), p("caja 20 kg", "BX"), p("caja 12 x 1 kg", "BX"), p("kilogramo", "KGM")],
  fish: [p("kilogramo", "KGM"), p("canasta 20 kg", "KGM"), p("caja 10 kg", "BX"), p("caja con hielo 25 kg", "BX"), p("libra", "LBR")],
  produce: [p("kilogramo", "KGM"), p("arroba 12,5 kg", "KGM"), p("bulto x 50 kg", "BG"), p("canastilla 22 kg", "CR"), p("caja 10 kg", "BX"), p("caja 18 kg", "BX"), p("tonelada", "TNE"), p("malla 2 kg", "BG"), p("bandeja 500 g", "PK"), p("libra", "LBR")],
  fruit: [p("kilogramo", "KGM"), p("caja 10 kg", "BX"), p("caja 4 kg", "BX"), p("canastilla 20 kg", "CR"), p("tonelada", "TNE"), p("bandeja 500 g", "PK"), p("racimo", "NIU"), p("docena", "DZN")],
  flowers: [p("ramo 25 tallos", "NIU"), p("caja tabaco", "BX"), p("caja cuarto", "BX"), p("tallo", "NIU"), p("bonche 10 tallos", "NIU")],
  bulkLiquid: [p("carrotanque", "KGM"), p("tonelada", "TNE"), p("tambor 200 l", "DR"), p("kilogramo", "KGM"), p("isotanque 20 t", "TNE")],
  fiber: [p("paca 220 kg", "KGM"), p("kilogramo", "KGM"), p("tonelada", "TNE"), p("rollo 50 kg", "RO")],
  packaged: [p("unidad", "NIU"), p("bolsa 500 g", "BG"), p("caja 12 x 500 g", "BX"), p("paquete 6 und", "PK"), p("display 24 und", "BX"), p("frasco 170 g", "JR"), p("caja 25 kg", "BX")],
  beverage: [p("botella 1 l", "BO"), p("caja 12 x 200 ml", "BX"), p("garrafa 5 l", "NIU"), p("bolsa 900 ml", "BG"), p("paca 6 x 1 l", "PK"), p("litro", "LTR")],
  inputs: [p("bulto x 50 kg", "BG"), p("bulto de 25 kg", "BG"), p("galón", "GLL"), p("litro", "LTR"), p("caneca 20 l", "NIU"), p("tonelada", "TNE"), p("bolsa 1 kg", "BG")],
  machine: [p("unidad", "NIU"), p("juego completo", "SET"), p("caja 6 und", "BX")],
} as const satisfies Record<string, readonly Presentation[]>;

export const QUALITIES = {
  coffee: ["tipo federación", "excelso", "supremo", "extra", "especial de origen", "orgánico certificado", "corriente", "consumo", "UGQ exportación", "comercio justo"],
  grain: ["primera", "segunda", "seco", "húmedo", "tecnificado", "tradicional", "grado 1", "grado 2", "industrial", "para semilla"],
  processedGrain: ["premium", "extra", "corriente", "integral", "fortificado", "tipo A", "tipo B", "selecto", "económico"],
  dairy: ["refrigerada", "entera", "tipo A", "tipo B", "orgánica", "de pastoreo", "certificada", "en frío"],
  cheese: ["fresco", "semimaduro", "bajo en sal", "artesanal", "pasteurizado", "de hoja", "industrial", "tradicional"],
  eggs: ["AA", "A", "B", "extra", "jumbo", "pequeño", "campesino", "orgánico"],
  livestock: ["novillo gordo", "vaca de levante", "ternero destete", "macho de ceba", "hembra de cría", "doble propósito", "raza cebú", "raza Brahman", "criollo"],
  smallLivestock: ["de ceba", "de levante", "de cría", "reproductor", "criollo", "mejorado", "destetado"],
  poultry: ["de engorde", "campesino", "ponedora", "de descarte", "mejorado", "criollo"],
  meat: ["lomo", "cadera", "pierna", "falda", "costilla", "sobrebarriga", "murillo", "molida", "punta de anca", "tabla"],
  poultryCuts: ["sin hueso", "con hueso", "marinada", "sin piel", "con piel", "IQF", "despresada"],
  fish: ["entera eviscerada", "en hielo", "mariposa", "viva", "de cultivo", "fresca del día", "talla comercial", "talla grande"],
  frozenFish: ["sin piel", "con piel", "IQF", "glaseado", "porcionado", "sin espinas"],
  produce: ["primera", "segunda", "tercera", "extra", "selecta", "industrial", "orgánica", "de exportación", "corriente", "pareja"],
  fruit: ["primera", "segunda", "extra", "madura", "pintona", "verde", "de exportación", "industrial", "orgánica", "calibre grande", "calibre mediano"],
  flowers: ["Freedom 60 cm", "Vendela 50 cm", "premium", "selecta", "estándar", "nacional", "de exportación", "mixto"],
  cocoa: ["fino de aroma", "corriente", "fermentado seco", "en baba", "orgánico", "premio", "pasilla"],
  processed: ["clásico", "tradicional", "light", "sin azúcar", "natural", "familiar", "institucional", "original"],
  sugar: ["redonda", "cuadrada", "pulverizada", "orgánica", "tradicional", "morena", "clara", "en pastilla"],
  oil: ["ACP", "alto oleico", "crudo", "desgomado", "grado industrial", "certificado RSPO"],
  fiber: ["media fibra", "fibra larga", "fibra corta", "primera", "segunda", "lavada"],
  inputs: ["granulado", "mezcla física", "soluble", "líquido", "polvo mojable", "concentrado", "premium"],
  machine: ["2 tiempos", "4 tiempos", "profesional", "semiprofesional", "industrial", "manual", "de motor"],
} as const satisfies Record<string, readonly string[]>;

export type BaseProduct = {
  name: string;
  classificationCode: string;
  category: string;
  unspsc: string;
  qualities: keyof typeof QUALITIES;
  presentations: keyof typeof PRESENTATIONS;
};

type BaseRow = [name: string, classificationCode: string, unspsc: string, qualities: keyof typeof QUALITIES, presentations: keyof typeof PRESENTATIONS];

const group = (category: string, rows: readonly BaseRow[]): BaseProduct[] =>
  rows.map(([name, classificationCode, unspsc, qualities, presentations]) => ({ name, classificationCode, category, unspsc, qualities, presentations }));

/** Agro goods in natural state and after a first transformation, and non-eligible goods sold alongside them. */
export const BASE_PRODUCTS: readonly BaseProduct[] = [
  ...group("Café", [
    ["Café pergamino seco", "0901.11", "50201706", "coffee", "coffee"],
    ["Café verde en almendra", "0901.11", "50201706", "coffee", "coffee"],
    ["Café cereza", "0901.11", "50201706", "coffee", "coffee"],
    ["Café pasilla", "0901.11", "50201706", "coffee", "coffee"],
    ["Café tostado en grano", "0901.21", "50201708", "processed", "retailDry"],
    ["Café tostado y molido", "0901.21", "50201708", "processed", "retailDry"],
    ["Café soluble liofilizado", "2101.11", "50201711", "processed", "packaged"],
    ["Extracto de café", "2101.11", "50201711", "processed", "beverage"],
  ]),
  ...group("Cereales", [
    ["Arroz paddy verde", "1006.10", "50221001", "grain", "grain"],
    ["Arroz paddy seco", "1006.10", "50221001", "grain", "grain"],
    ["Arroz blanco", "1006.30", "50221001", "processedGrain", "retailDry"],
    ["Arroz integral", "1006.20", "50221001", "processedGrain", "retailDry"],
    ["Arroz partido", "1006.40", "50221001", "processedGrain", "grain"],
    ["Maíz amarillo duro", "1005.90", "50221101", "grain", "grain"],
    ["Maíz blanco", "1005.90", "50221101", "grain", "grain"],
    ["Maíz pira", "1005.90", "50221101", "grain", "retailDry"],
    ["Maíz trillado", "1104.23", "50221101", "processedGrain", "retailDry"],
    ["Trigo en grano", "1001.99", "50221201", "grain", "grain"],
    ["Cebada en grano", "1003.90", "50221202", "grain", "grain"],
    ["Sorgo en grano", "1007.90", "50221203", "grain", "grain"],
    ["Quinua en grano", "1008.50", "50221204", "grain", "retailDry"],
    ["Avena en hojuelas", "1104.12", "50221205", "processedGrain", "retailDry"],
  ]),
  ...group("Molinería", [
    ["Harina de trigo", "1101.00", "50221201", "processedGrain", "retailDry"],
    ["Harina de maíz", "1102.20", "50221101", "processedGrain", "retailDry"],
    ["Almidón de yuca", "1108.14", "50221301", "processedGrain", "retailDry"],
    ["Salvado de trigo", "2302.30", "10121501", "processedGrain", "grain"],
    ["Torta de soya", "2304.00", "10121502", "processedGrain", "grain"],
    ["Torta de palmiste", "2306.60", "10121503", "processedGrain", "grain"],
  ]),
  ...group("Oleaginosas", [
    ["Soya en grano", "1201.90", "50221102", "grain", "grain"],
    ["Ajonjolí en grano", "1207.40", "50221103", "grain", "grain"],
    ["Aceite crudo de palma", "1511.10", "50151500", "oil", "bulkLiquid"],
    ["Aceite crudo de palmiste", "1513.21", "50151500", "oil", "bulkLiquid"],
    ["Fruto de palma de aceite", "1207.10", "50151501", "grain", "bulkLiquid"],
  ]),
  ...group("Lácteos", [
    ["Leche cruda de vaca", "0401.10", "50131701", "dairy", "milk"],
    ["Leche cruda de búfala", "0401.10", "50131701", "dairy", "milk"],
    ["Leche cruda de cabra", "0401.10", "50131701", "dairy", "milk"],
    ["Leche en polvo entera", "0402.21", "50131702", "processed", "retailDry"],
    ["Leche en polvo descremada", "0402.10", "50131702", "processed", "retailDry"],
    ["Queso campesino", "0406.10", "50131801", "cheese", "dairy"],
    ["Queso doble crema", "0406.10", "50131801", "cheese", "dairy"],
    ["Queso costeño", "0406.10", "50131801", "cheese", "dairy"],
    ["Cuajada fresca", "0406.10", "50131801", "cheese", "dairy"],
    ["Mantequilla de leche", "0405.10", "50131803", "cheese", "dairy"],
    ["Yogur natural", "0403.20", "50131804", "processed", "beverage"],
    ["Arequipe", "1901.90", "50131805", "processed", "packaged"],
  ]),
  ...group("Huevos", [
    ["Huevo rojo", "0407.21", "50131601", "eggs", "eggs"],
    ["Huevo blanco", "0407.21", "50131601", "eggs", "eggs"],
    ["Huevo de codorniz", "0407.29", "50131602", "eggs", "eggs"],
  ]),
  ...group("Ganado", [
    ["Ganado bovino en pie", "0102.29", "10101501", "livestock", "livestock"],
    ["Novillo en pie", "0102.29", "10101501", "livestock", "livestock"],
    ["Ternero de levante", "0102.29", "10101501", "livestock", "livestock"],
    ["Búfalo en pie", "0102.39", "10101503", "livestock", "livestock"],
    ["Cerdo en pie", "0103.92", "10101502", "smallLivestock", "livestock"],
    ["Lechón de levante", "0103.91", "10101502", "smallLivestock", "livestock"],
    ["Ovino en pie", "0104.10", "10101504", "smallLivestock", "livestock"],
    ["Caprino en pie", "0104.20", "10101505", "smallLivestock", "livestock"],
  ]),
  ...group("Avícola", [
    ["Pollo en pie", "0105.11", "10101601", "poultry", "poultry"],
    ["Gallina en pie", "0105.94", "10101602", "poultry", "poultry"],
    ["Pollo entero fresco", "0207.11", "50112010", "poultryCuts", "meat"],
    ["Pechuga de pollo congelada", "0207.14", "50112010", "poultryCuts", "frozen"],
    ["Alas de pollo congeladas", "0207.14", "50112010", "poultryCuts", "frozen"],
    ["Muslos de pollo congelados", "0207.14", "50112010", "poultryCuts", "frozen"],
  ]),
  ...group("Cárnicos", [
    ["Carne de res deshuesada", "0201.30", "50112004", "meat", "meat"],
    ["Carne de res en canal", "0201.10", "50112004", "meat", "meat"],
    ["Carne de cerdo fresca", "0203.19", "50112005", "meat", "meat"],
    ["Costilla de cerdo", "0203.19", "50112005", "meat", "meat"],
    ["Cuero bovino crudo", "4101.20", "11131601", "fiber", "fiber"],
  ]),
  ...group("Pesca", [
    ["Tilapia roja fresca", "0302.71", "50121537", "fish", "fish"],
    ["Tilapia negra fresca", "0302.71", "50121537", "fish", "fish"],
    ["Trucha arcoíris fresca", "0302.14", "50121538", "fish", "fish"],
    ["Bagre rayado fresco", "0302.72", "50121539", "fish", "fish"],
    ["Cachama blanca fresca", "0302.79", "50121540", "fish", "fish"],
    ["Bocachico fresco", "0302.79", "50121540", "fish", "fish"],
    ["Camarón de cultivo fresco", "0306.36", "50121541", "fish", "fish"],
    ["Filete de tilapia congelado", "0304.61", "50121537", "frozenFish", "frozen"],
    ["Filete de trucha congelado", "0304.82", "50121538", "frozenFish", "frozen"],
    ["Camarón congelado", "0306.17", "50121541", "frozenFish", "frozen"],
  ]),
  ...group("Tubérculos", [
    ["Papa pastusa", "0701.90", "50405501", "produce", "produce"],
    ["Papa criolla", "0701.90", "50405501", "produce", "produce"],
    ["Papa sabanera", "0701.90", "50405501", "produce", "produce"],
    ["Papa R12", "0701.90", "50405501", "produce", "produce"],
    ["Yuca chirosa", "0714.10", "50405502", "produce", "produce"],
    ["Yuca llanera", "0714.10", "50405502", "produce", "produce"],
    ["Ñame espino", "0714.30", "50405503", "produce", "produce"],
    ["Arracacha amarilla", "0714.90", "50405504", "produce", "produce"],
  ]),
  ...group("Hortalizas", [
    ["Tomate chonto", "0702.00", "50407100", "produce", "produce"],
    ["Tomate larga vida", "0702.00", "50407100", "produce", "produce"],
    ["Cebolla cabezona blanca", "0703.10", "50407101", "produce", "produce"],
    ["Cebolla cabezona roja", "0703.10", "50407101", "produce", "produce"],
    ["Cebolla junca", "0703.90", "50407102", "produce", "produce"],
    ["Ajo rosado", "0703.20", "50407103", "produce", "produce"],
    ["Repollo verde", "0704.90", "50407104", "produce", "produce"],
    ["Brócoli", "0704.10", "50407105", "produce", "produce"],
    ["Lechuga batavia", "0705.11", "50407106", "produce", "produce"],
    ["Zanahoria", "0706.10", "50407107", "produce", "produce"],
    ["Pepino cohombro", "0707.00", "50407108", "produce", "produce"],
    ["Pimentón rojo", "0709.60", "50407109", "produce", "produce"],
    ["Ají dulce", "0709.60", "50407109", "produce", "produce"],
    ["Ahuyama", "0709.93", "50407110", "produce", "produce"],
    ["Habichuela", "0708.20", "50407111", "produce", "produce"],
    ["Arveja verde en vaina", "0708.10", "50407112", "produce", "produce"],
    ["Jengibre fresco", "0910.11", "50407113", "produce", "produce"],
  ]),
  ...group("Leguminosas", [
    ["Fríjol cargamanto rojo", "0713.33", "50401700", "grain", "retailDry"],
    ["Fríjol bola roja", "0713.33", "50401700", "grain", "retailDry"],
    ["Fríjol radical", "0713.33", "50401700", "grain", "retailDry"],
    ["Arveja seca", "0713.10", "50401701", "grain", "retailDry"],
    ["Garbanzo", "0713.20", "50401702", "grain", "retailDry"],
    ["Lenteja", "0713.40", "50401703", "grain", "retailDry"],
  ]),
  ...group("Frutas", [
    ["Plátano hartón", "0803.10", "50301600", "fruit", "fruit"],
    ["Plátano dominico", "0803.10", "50301600", "fruit", "fruit"],
    ["Banano Cavendish", "0803.90", "50301601", "fruit", "fruit"],
    ["Banano criollo", "0803.90", "50301601", "fruit", "fruit"],
    ["Aguacate Hass", "0804.40", "50301500", "fruit", "fruit"],
    ["Aguacate papelillo", "0804.40", "50301500", "fruit", "fruit"],
    ["Mango Tommy", "0804.50", "50301501", "fruit", "fruit"],
    ["Mango de azúcar", "0804.50", "50301501", "fruit", "fruit"],
    ["Piña oro miel", "0804.30", "50301502", "fruit", "fruit"],
    ["Piña perolera", "0804.30", "50301502", "fruit", "fruit"],
    ["Naranja valencia", "0805.10", "50302400", "fruit", "fruit"],
    ["Mandarina arrayana", "0805.21", "50302401", "fruit", "fruit"],
    ["Limón Tahití", "0805.50", "50302402", "fruit", "fruit"],
    ["Papaya maradol", "0807.20", "50302403", "fruit", "fruit"],
    ["Sandía", "0807.11", "50302404", "fruit", "fruit"],
    ["Maracuyá", "0810.90", "50302405", "fruit", "fruit"],
    ["Granadilla", "0810.90", "50302406", "fruit", "fruit"],
    ["Lulo", "0810.90", "50302407", "fruit", "fruit"],
    ["Gulupa", "0810.90", "50302408", "fruit", "fruit"],
    ["Uchuva", "0810.90", "50302409", "fruit", "fruit"],
    ["Tomate de árbol", "0810.90", "50302410", "fruit", "fruit"],
    ["Guanábana", "0810.90", "50302411", "fruit", "fruit"],
    ["Guayaba pera", "0810.90", "50302412", "fruit", "fruit"],
    ["Fresa", "0810.10", "50302413", "fruit", "fruit"],
    ["Mora de Castilla", "0810.20", "50302414", "fruit", "fruit"],
    ["Coco seco", "0801.19", "50302415", "fruit", "fruit"],
    ["Pulpa de mora congelada", "0811.90", "50302416", "processed", "frozen"],
    ["Pulpa de maracuyá congelada", "0811.90", "50302416", "processed", "frozen"],
    ["Pulpa de guanábana congelada", "0811.90", "50302416", "processed", "frozen"],
    ["Pulpa de mango congelada", "0811.90", "50302416", "processed", "frozen"],
  ]),
  ...group("Flores", [
    ["Rosas frescas", "0603.11", "10161500", "flowers", "flowers"],
    ["Claveles frescos", "0603.12", "10161501", "flowers", "flowers"],
    ["Crisantemos frescos", "0603.14", "10161502", "flowers", "flowers"],
    ["Hortensias frescas", "0603.19", "10161503", "flowers", "flowers"],
    ["Alstroemerias frescas", "0603.19", "10161503", "flowers", "flowers"],
    ["Follaje de ruscus", "0604.20", "10161504", "flowers", "flowers"],
  ]),
  ...group("Panela y azúcar", [
    ["Panela en bloque", "1701.13", "50161509", "sugar", "retailDry"],
    ["Panela pulverizada", "1701.13", "50161509", "sugar", "retailDry"],
    ["Caña panelera", "1212.93", "50161510", "produce", "grain"],
    ["Miel de abejas", "0409.00", "50161511", "processed", "packaged"],
    ["Bocadillo de guayaba", "1704.90", "50161512", "processed", "packaged"],
  ]),
  ...group("Cacao", [
    ["Cacao en grano", "1801.00", "50161811", "cocoa", "coffee"],
    ["Pasta de cacao", "1803.10", "50161812", "processed", "packaged"],
    ["Manteca de cacao", "1804.00", "50161813", "processed", "packaged"],
    ["Cacao en polvo", "1805.00", "50161814", "processed", "packaged"],
    ["Chocolate de mesa", "1806.90", "50161815", "processed", "packaged"],
  ]),
  ...group("Fibras", [
    ["Algodón fibra", "5201.00", "11151500", "fiber", "fiber"],
    ["Fibra de fique", "5305.00", "11151501", "fiber", "fiber"],
    ["Lana sucia", "5101.11", "11151502", "fiber", "fiber"],
    ["Tabaco en rama", "2401.10", "10151701", "fiber", "fiber"],
  ]),
  ...group("Alimentos procesados", [
    ["Pan tajado", "1905.90", "50181900", "processed", "packaged"],
    ["Galletas de soda", "1905.90", "50181901", "processed", "packaged"],
    ["Pasta larga", "1902.19", "50181902", "processed", "packaged"],
    ["Mermelada de mora", "2007.99", "50181903", "processed", "packaged"],
    ["Bebida de avena", "2202.99", "50202300", "processed", "beverage"],
    ["Jugo de naranja", "2202.99", "50202301", "processed", "beverage"],
  ]),
  ...group("Insumos", [
    ["Fertilizante NPK 15-15-15", "3105.20", "10171600", "inputs", "inputs"],
    ["Urea granulada", "3102.10", "10171601", "inputs", "inputs"],
    ["Cal dolomita", "2518.10", "10171602", "inputs", "inputs"],
    ["Herbicida glifosato", "3808.93", "10191500", "inputs", "inputs"],
    ["Fungicida mancozeb", "3808.92", "10191501", "inputs", "inputs"],
    ["Concentrado para ganado", "2309.90", "10121504", "inputs", "inputs"],
    ["Concentrado para pollos", "2309.90", "10121504", "inputs", "inputs"],
    ["Sal mineralizada", "2309.90", "10121505", "inputs", "inputs"],
    ["Semilla certificada de arroz", "1209.99", "10151500", "inputs", "inputs"],
  ]),
  ...group("Maquinaria y herramientas", [
    ["Guadañadora a gasolina", "8432.80", "21101500", "machine", "machine"],
    ["Fumigadora de espalda", "8424.41", "21101501", "machine", "machine"],
    ["Despulpadora de café", "8435.10", "21101502", "machine", "machine"],
    ["Machete", "8201.40", "27111501", "machine", "machine"],
    ["Canastilla plástica", "3923.10", "24111501", "machine", "machine"],
  ]),
];

/** Brands: farm or company type + name + place (about 20,000 combinations from ~100 words; 23 places keep the name space just under 2^28, so the
 * generator's permutation rarely has to walk), or a mark. */
export const BRAND_TYPES = [
  "Finca", "Hacienda", "Granja", "Cooperativa", "Asociación", "Agropecuaria", "Hato", "Trapiche", "Molino",
  "Comercializadora", "Distribuidora", "Central", "Inversiones", "Productora",
];
export const BRAND_NAMES = [
  "La Esperanza", "El Recreo", "San José", "Santa Rosa", "El Porvenir", "La Primavera", "Los Naranjos", "El Paraíso",
  "La Fortuna", "Buenavista", "Villa María", "El Edén", "La Palma", "Los Alpes", "Montebello", "El Diamante",
  "La Cabaña", "Las Mercedes", "San Isidro", "La Victoria", "El Mirador", "Santa Bárbara", "La Pradera", "El Cedro",
  "Los Guaduales", "La Ceiba", "El Samán", "Las Acacias", "La Floresta", "El Triunfo", "Santa Helena", "San Antonio",
  "La Cristalina", "El Retiro", "Los Robles", "La Estrella", "Altamira", "Bellavista", "El Oasis", "La Aurora",
  "San Pedro", "Santa Lucía", "El Carmen", "La Unión", "El Rosal", "Las Brisas", "Monteverde", "El Jardín",
  "La Sierra", "Valparaíso", "Campoalegre", "El Tesoro", "La Gloria", "Los Andes", "El Cafetal", "La Arboleda",
  "Las Palmas", "El Vergel", "San Rafael", "La Milagrosa",
];
export const BRAND_PLACES = [
  "de Pitalito", "del Huila", "de Caldas", "del Quindío", "de Risaralda", "de Antioquia", "del Tolima", "del Meta",
  "de Casanare", "de Boyacá", "de Cundinamarca", "de Nariño", "del Cauca", "del Valle", "de Santander", "de Córdoba",
  "de Sucre", "del Cesar", "de Urabá", "del Sumapaz", "de la Sabana", "del Llano", "de Garzón",
];
const MARK_STARTS = ["Agro", "Campo", "Tierra", "Sol", "Valle", "Monte", "Río", "Cerro", "Llano", "Frutí", "Lác", "Cafe"];
const MARK_ENDS = ["andes", "verde", "fértil", "real", "sur", "norte", "alto", "dorado", "nativo", "sano", "fresco", "vivo", "mar", "nova", "cosecha", "campo"];
/** One-word marks (Agroandes, Solverde…); all differ from the brand type words, so brands stay prefix-free. */
export const BRAND_MARKS = MARK_STARTS.flatMap((start) => MARK_ENDS.map((end) => start + end));
