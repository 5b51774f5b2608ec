import type { TextPageLine } from "./render-text-page";

export type SampleInvoiceLinesOptions = {
  /** Varies numbers and items so that benchmark pages are not identical. */
  seed: number;
};

const PRODUCTS = [
  "Café pergamino seco excelso",
  "Cacao en grano fermentado",
  "Arroz paddy verde",
  "Maíz amarillo tecnificado",
  "Papa pastusa lavada",
  "Plátano hartón verde",
  "Panela pulverizada orgánica",
  "Aguacate Hass exportación",
  "Leche cruda refrigerada",
  "Fertilizante NPK 15-15-15",
];

const pesos = (cents: number) => {
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `$ ${whole},${(cents % 100).toString().padStart(2, "0")}`;
};

/** A full A4 Colombian invoice page (header, 12 item rows, totals, CUFE): the text a typical scan carries. */
export const sampleInvoiceLines = ({ seed }: SampleInvoiceLinesOptions): TextPageLine[] => {
  const number = 1000 + seed;
  const lines: TextPageLine[] = [
    { text: "AGROINSUMOS DEL VALLE S.A.S.", xIn: 0.8, yIn: 0.9, sizePt: 14, bold: true },
    { text: "NIT 900.373.115-3  Responsable de IVA", xIn: 0.8, yIn: 1.2 },
    { text: "Calle 15 # 28-40, Palmira, Valle del Cauca", xIn: 0.8, yIn: 1.4 },
    { text: `FACTURA ELECTRÓNICA DE VENTA No. FE-${number}`, xIn: 4.3, yIn: 0.9, sizePt: 11, bold: true },
    { text: `Fecha de emisión: ${String((seed % 28) + 1).padStart(2, "0")}/10/2026`, xIn: 4.3, yIn: 1.2 },
    { text: "Fecha de vencimiento: 30/11/2026", xIn: 4.3, yIn: 1.4 },
    { text: "Forma de pago: Crédito  Medio de pago: Transferencia", xIn: 4.3, yIn: 1.6 },
    { text: "Señores: COOPERATIVA AGRARIA DE COLOMBIA", xIn: 0.8, yIn: 2.0 },
    { text: "NIT 860.512.780-4", xIn: 0.8, yIn: 2.2 },
    { text: "Código  Descripción  Cantidad  Valor unitario  Valor total", xIn: 0.8, yIn: 2.7, bold: true },
  ];
  let subtotal = 0;
  for (let row = 0; row < 12; row += 1) {
    const product = PRODUCTS[(seed + row) % PRODUCTS.length] ?? "Producto";
    const quantity = ((seed * 7 + row * 13) % 90) + 10;
    const unitCents = (((seed * 31 + row * 17) % 400) + 50) * 1000_00;
    const amount = quantity * unitCents;
    subtotal += amount;
    const y = 3.0 + row * 0.25;
    lines.push(
      { text: `P-${String(100 + row).padStart(4, "0")}`, xIn: 0.8, yIn: y },
      { text: product, xIn: 1.6, yIn: y },
      { text: `${quantity} KG`, xIn: 4.2, yIn: y },
      { text: pesos(unitCents), xIn: 5.0, yIn: y },
      { text: pesos(amount), xIn: 6.4, yIn: y },
    );
  }
  const iva = Math.round(subtotal * 0.05);
  lines.push(
    { text: `Subtotal ${pesos(subtotal)}`, xIn: 5.0, yIn: 6.4 },
    { text: `IVA 5% ${pesos(iva)}`, xIn: 5.0, yIn: 6.65 },
    { text: `Total a pagar ${pesos(subtotal + iva)}`, xIn: 5.0, yIn: 6.9, bold: true },
    { text: "CUFE: b06fe51417bc3dd877b9fd7c851a32c2a311a9ca98ba0cfd39769b3a0537a066466e825b387e89fe35bd09dfe940931d", xIn: 0.8, yIn: 7.6, sizePt: 7 },
    { text: "Resolución DIAN 18764000001234 de 2026-01-15, prefijo FE del 1 al 50000", xIn: 0.8, yIn: 7.9, sizePt: 8 },
  );
  return lines;
};
