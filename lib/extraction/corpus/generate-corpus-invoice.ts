import Decimal from "decimal.js";
import { computeNitCheckDigit } from "@/lib/organizations/nit-check-digit";
import { createRng } from "./create-rng";

export const CORPUS_TEMPLATES = ["clasico", "moderno", "textual"] as const;
export type TCorpusTemplate = (typeof CORPUS_TEMPLATES)[number];

export type TCorpusLine = {
  code: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  lineAmount: string;
  ivaRate: "0" | "5" | "19";
};

export type TCorpusTax = { scheme: string; name: string; rate: string; taxableAmount: string; amount: string };

export type TCorpusInvoice = {
  id: string;
  template: TCorpusTemplate;
  prefix: string;
  consecutive: string;
  number: string;
  issueDate: string;
  dueDate: string;
  currency: "COP";
  supplier: { name: string; nit: string; dv: string; address: string; city: string; phone: string };
  customer: { name: string; id: string; dv: string | null; address: string };
  lines: TCorpusLine[];
  subtotal: string;
  taxes: TCorpusTax[];
  withholdings: TCorpusTax[];
  total: string;
  cufe: string;
  paymentMeans: { code: string; label: string };
  /** The supplier's own wording of the invoice-number label; null prints the template's usual label. */
  numberLabel: string | null;
};

/** A recurring supplier: the same identity, layout, label wording and item codes on every one of its invoices. */
export type TCorpusSupplier = {
  name: string;
  nit: string;
  dv: string;
  address: string;
  city: string;
  phone: string;
  template: TCorpusTemplate;
  numberLabel: string | null;
  /** The supplier's item code of each product description it sells. */
  itemCodes: Record<string, string>;
};

export type GenerateCorpusInvoiceOptions = {
  seed: number;
  index: number;
  /** Issue the invoice from this supplier (generateCorpusSupplier) instead of a random one. */
  supplier?: TCorpusSupplier;
};

const COMPANY_KINDS = ["Agroindustrias", "Comercializadora", "Distribuidora", "Cooperativa Agropecuaria", "Inversiones", "Granja", "Hacienda", "Molino", "Frigorífico", "Trilladora"] as const;
const COMPANY_NAMES = ["del Huila", "La Esperanza", "Los Andes", "El Llano", "San José", "Santa Bárbara", "El Porvenir", "La Primavera", "Altos del Cauca", "Campo Verde", "Tierra Fértil", "Don Aurelio", "Las Palmas", "del Tolima", "La Ceiba"] as const;
const COMPANY_SUFFIXES = ["S.A.S.", "LTDA", "S.A.", "S.A.S"] as const;
const PERSON_NAMES = ["María Fernanda Rojas", "Luis Alberto Gómez", "Ana Lucía Martínez", "Jorge Iván Castaño", "Diana Patricia Ríos", "Carlos Andrés Muñoz"] as const;
const CITIES = ["Neiva", "Ibagué", "Villavicencio", "Pereira", "Bucaramanga", "Montería", "Popayán", "Tunja", "Armenia", "Valledupar"] as const;
const STREETS = ["Calle", "Carrera", "Avenida", "Transversal", "Diagonal"] as const;

/** [description, unit, price range in pesos, IVA rates the product can carry] */
const PRODUCTS: readonly [string, string, [number, number], readonly TCorpusLine["ivaRate"][]][] = [
  ["Café pergamino seco excelso", "KG", [14000, 19000], ["0"]],
  ["Arroz paddy verde Fedearroz 67", "KG", [1500, 2100], ["0"]],
  ["Maíz amarillo tecnificado bulto 50 kg", "UND", [80000, 120000], ["0", "5"]],
  ["Leche cruda refrigerada", "LT", [1700, 2300], ["0"]],
  ["Huevo rojo AA panal x 30", "UND", [14000, 19000], ["0"]],
  ["Panela redonda caja 24 x 500 g", "UND", [45000, 70000], ["5"]],
  ["Cacao en grano fino de aroma", "KG", [18000, 26000], ["0"]],
  ["Ganado bovino en pie novillo gordo", "KG", [8000, 10500], ["0"]],
  ["Cerdo en pie cebado", "KG", [8500, 10000], ["0"]],
  ["Aguacate Hass exportación", "KG", [5000, 9000], ["0"]],
  ["Plátano hartón verde", "KG", [1500, 2800], ["0"]],
  ["Papa pastusa bulto 50 kg", "UND", [60000, 140000], ["0"]],
  ["Alimento balanceado para ganado bulto 40 kg", "UND", [70000, 95000], ["5"]],
  ["Fertilizante NPK 15-15-15 bulto 50 kg", "UND", [150000, 230000], ["5"]],
  ["Fungicida sistémico frasco 1 L", "UND", [45000, 90000], ["19"]],
  ["Servicio de transporte refrigerado", "SER", [250000, 900000], ["19"]],
  ["Empaque de fique saco 70 kg", "UND", [3000, 5500], ["19"]],
  ["Aceite de palma crudo", "KG", [3800, 5200], ["5"]],
  ["Azúcar blanco bulto 50 kg", "UND", [160000, 210000], ["5"]],
  ["Mora de Castilla canastilla", "KG", [3500, 6000], ["0"]],
];

const MONTHS = 12;
const pad = (value: number, size = 2) => String(value).padStart(size, "0");

const nitFor = (rng: ReturnType<typeof createRng>): { nit: string; dv: string } => {
  const nit = `${rng.pick(["800", "830", "860", "890", "900", "901"])}${pad(rng.int(0, 999999), 6)}`;
  return { nit, dv: computeNitCheckDigit(nit) ?? "0" };
};

/** One labelled invoice; the same seed and index always give the same invoice. */
export const generateCorpusInvoice = ({ seed, index, supplier }: GenerateCorpusInvoiceOptions): TCorpusInvoice => {
  const rng = createRng({ seed: (seed * 100_003 + index * 7919) >>> 0 });
  const template = supplier?.template ?? CORPUS_TEMPLATES[index % CORPUS_TEMPLATES.length] ?? "clasico";
  const supplierId = nitFor(rng);
  const supplierName = `${rng.pick(COMPANY_KINDS)} ${rng.pick(COMPANY_NAMES)} ${rng.pick(COMPANY_SUFFIXES)}`;
  const personCustomer = rng.chance(0.3);
  const customerId = personCustomer ? { nit: String(rng.int(10_000_000, 1_199_999_999)), dv: null } : nitFor(rng);
  const customerName = personCustomer ? rng.pick(PERSON_NAMES) : `${rng.pick(COMPANY_KINDS)} ${rng.pick(COMPANY_NAMES)} ${rng.pick(COMPANY_SUFFIXES)}`;
  const prefix = rng.pick(["FE", "FEV", "SETP", "FV", "FACT", "AGR"]);
  const consecutive = String(rng.int(1, 9_999_999));
  const year = rng.pick([2025, 2026]);
  const month = rng.int(1, MONTHS);
  const day = rng.int(1, 28);
  const issue = new Date(Date.UTC(year, month - 1, day));
  const due = new Date(issue.getTime() + rng.pick([0, 15, 30, 45, 60]) * 86_400_000);
  const iso = (date: Date) => date.toISOString().slice(0, 10);

  const lineCount = rng.int(1, 9);
  const lines: TCorpusLine[] = [];
  for (let line = 0; line < lineCount; line += 1) {
    const [description, unit, [low, high], rates] = rng.pick(PRODUCTS);
    const quantity = unit === "KG" || unit === "LT" ? new Decimal(rng.int(10, 25_000)).div(rng.chance(0.3) ? 10 : 1) : new Decimal(rng.int(1, 400));
    const unitPrice = new Decimal(rng.int(low, high)).plus(rng.chance(0.2) ? new Decimal(rng.int(1, 99)).div(100) : 0);
    const randomCode = `${rng.pick(["P", "AG", "REF"])}${pad(rng.int(1, 9999), 4)}`;
    lines.push({
      code: supplier?.itemCodes[description] ?? randomCode,
      description,
      quantity: quantity.toFixed(quantity.isInteger() ? 0 : 1),
      unit,
      unitPrice: unitPrice.toFixed(2),
      lineAmount: quantity.mul(unitPrice).toDecimalPlaces(2).toFixed(2),
      ivaRate: rng.pick(rates),
    });
  }
  const subtotal = lines.reduce((sum, line) => sum.plus(line.lineAmount), new Decimal(0));
  const taxes: TCorpusTax[] = (["19", "5", "0"] as const).flatMap((rate) => {
    const taxable = lines.filter((line) => line.ivaRate === rate).reduce((sum, line) => sum.plus(line.lineAmount), new Decimal(0));
    if (taxable.isZero() || rate === "0") return [];
    return [{ scheme: "01", name: "IVA", rate: `${rate}.00`, taxableAmount: taxable.toFixed(2), amount: taxable.mul(rate).div(100).toDecimalPlaces(2).toFixed(2) }];
  });
  const withholdings: TCorpusTax[] = rng.chance(0.35)
    ? [(() => {
        const rate = rng.pick(["1.50", "2.50"]);
        return { scheme: "06", name: "ReteFuente", rate, taxableAmount: subtotal.toFixed(2), amount: subtotal.mul(rate).div(100).toDecimalPlaces(2).toFixed(2) };
      })()]
    : [];
  const total = taxes.reduce((sum, tax) => sum.plus(tax.amount), subtotal).minus(withholdings.reduce((sum, tax) => sum.plus(tax.amount), new Decimal(0)));
  const cufe = Array.from({ length: 96 }, () => "0123456789abcdef"[rng.int(0, 15)]).join("");
  const payment = rng.pick([{ code: "10", label: "Efectivo" }, { code: "31", label: "Transferencia débito" }, { code: "42", label: "Consignación bancaria" }]);
  return {
    id: `factura-${pad(index + 1, 4)}`,
    template,
    prefix,
    consecutive,
    number: `${prefix}${consecutive}`,
    issueDate: iso(issue),
    dueDate: iso(due),
    currency: "COP",
    supplier: supplier
      ? { name: supplier.name, nit: supplier.nit, dv: supplier.dv, address: supplier.address, city: supplier.city, phone: supplier.phone }
      : { name: supplierName, nit: supplierId.nit, dv: supplierId.dv, address: `${rng.pick(STREETS)} ${rng.int(1, 120)} # ${rng.int(1, 99)}-${rng.int(1, 99)}`, city: rng.pick(CITIES), phone: `60${rng.int(1, 8)} ${rng.int(2000000, 8999999)}` },
    customer: { name: customerName, id: customerId.nit, dv: customerId.dv, address: `${rng.pick(STREETS)} ${rng.int(1, 120)} # ${rng.int(1, 99)}-${rng.int(1, 99)}, ${rng.pick(CITIES)}` },
    lines,
    subtotal: subtotal.toFixed(2),
    taxes,
    withholdings,
    total: total.toFixed(2),
    cufe,
    paymentMeans: payment,
    numberLabel: supplier?.numberLabel ?? null,
  };
};

/** Number labels some suppliers print instead of the usual "Factura … No.": wording the generic labels do not know. */
const OWN_NUMBER_LABELS = ["Comprobante de venta", "Documento de venta", "Cuenta de cobro"] as const;

export type GenerateCorpusSupplierOptions = { seed: number; index: number };

/**
 * A recurring supplier for profile benchmarks: its template cycles with the index, and every other supplier prints
 * its own wording of the number label. Deterministic for the same seed and index.
 */
export const generateCorpusSupplier = ({ seed, index }: GenerateCorpusSupplierOptions): TCorpusSupplier => {
  const rng = createRng({ seed: (seed * 7_919 + index * 100_003 + 17) >>> 0 });
  const { nit, dv } = nitFor(rng);
  return {
    name: `${rng.pick(COMPANY_KINDS)} ${rng.pick(COMPANY_NAMES)} ${rng.pick(COMPANY_SUFFIXES)}`,
    nit,
    dv,
    address: `${rng.pick(STREETS)} ${rng.int(1, 120)} # ${rng.int(1, 99)}-${rng.int(1, 99)}`,
    city: rng.pick(CITIES),
    phone: `60${rng.int(1, 8)} ${rng.int(2000000, 8999999)}`,
    template: CORPUS_TEMPLATES[index % CORPUS_TEMPLATES.length] ?? "clasico",
    numberLabel: index % 2 === 1 ? rng.pick(OWN_NUMBER_LABELS) : null,
    itemCodes: Object.fromEntries(PRODUCTS.map(([description]) => [description, `${rng.pick(["P", "AG", "REF"])}${pad(rng.int(1, 9999), 4)}`])),
  };
};
