import type { Eligibility } from "@/lib/generated/prisma/enums";

export type ClassificationSeed = {
  /** Tariff heading (arancel de aduanas) the DIAN classification is based on. */
  code: string;
  name: string;
  eligibility: Eligibility;
  /** Withholding (basis points) a registered invoice avoids: 1.5 % natural state, 2.5 % first transformation. */
  withholdingRateBps: number;
};

const natural = (code: string, name: string): ClassificationSeed => ({
  code,
  name,
  eligibility: "AGRO_NATURAL",
  withholdingRateBps: 150,
});
const firstTransformation = (code: string, name: string): ClassificationSeed => ({
  code,
  name,
  eligibility: "FIRST_TRANSFORMATION",
  withholdingRateBps: 250,
});
const notEligible = (code: string, name: string): ClassificationSeed => ({
  code,
  name,
  eligibility: "NOT_ELIGIBLE",
  withholdingRateBps: 0,
});

/** Reference classifications for the local catalog; production loads BMC's own table. */
export const DIAN_CLASSIFICATIONS: readonly ClassificationSeed[] = [
  natural("0102.29", "Bovinos vivos (ganado en pie)"),
  natural("0103.92", "Porcinos vivos"),
  natural("0105.11", "Aves vivas de corral"),
  natural("0302.71", "Tilapia fresca o refrigerada"),
  natural("0302.14", "Trucha fresca o refrigerada"),
  natural("0401.10", "Leche cruda sin concentrar"),
  natural("0407.21", "Huevos frescos de gallina"),
  natural("0603.11", "Flores frescas cortadas"),
  natural("0701.90", "Papa fresca"),
  natural("0702.00", "Tomate fresco"),
  natural("0713.33", "Fríjol seco desvainado"),
  natural("0803.90", "Banano y plátano frescos"),
  natural("0804.40", "Aguacate fresco"),
  natural("0805.10", "Naranjas frescas"),
  natural("0901.11", "Café pergamino y verde sin tostar"),
  natural("1005.90", "Maíz en grano"),
  natural("1006.10", "Arroz paddy (con cáscara)"),
  natural("1201.90", "Soya en grano"),
  natural("1801.00", "Cacao en grano crudo"),
  natural("5201.00", "Algodón sin cardar ni peinar"),
  firstTransformation("0201.30", "Carne bovina deshuesada fresca"),
  firstTransformation("0207.14", "Trozos de pollo congelados"),
  firstTransformation("0304.61", "Filetes de tilapia congelados"),
  firstTransformation("0901.21", "Café tostado sin descafeinar"),
  firstTransformation("1006.30", "Arroz blanco (semiblanqueado o blanqueado)"),
  firstTransformation("1101.00", "Harina de trigo"),
  firstTransformation("1511.10", "Aceite de palma en bruto"),
  firstTransformation("1701.13", "Panela (azúcar de caña sin refinar)"),
  firstTransformation("1803.10", "Pasta de cacao sin desgrasar"),
  notEligible("1905.90", "Productos de panadería"),
  notEligible("2101.11", "Café soluble y extractos"),
  notEligible("2202.99", "Bebidas no alcohólicas"),
  notEligible("3105.20", "Abonos minerales NPK"),
  notEligible("8432.80", "Maquinaria agrícola"),
];
