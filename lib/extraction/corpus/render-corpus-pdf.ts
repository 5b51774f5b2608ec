import Decimal from "decimal.js";
import QRCode from "qrcode";
import { buildDianQrText } from "@/lib/extraction/qr/build-dian-qr-text";
import PDFDocument from "pdfkit";
import { formatCorpusAmount } from "./format-corpus-amount";
import { formatCorpusDate } from "./format-corpus-date";
import type { TCorpusInvoice } from "./generate-corpus-invoice";

export type RenderCorpusPdfOptions = { invoice: TCorpusInvoice };

type TDoc = InstanceType<typeof PDFDocument>;
type TColumn = { title: string; x: number; width: number; align: "left" | "right" | "center"; cell: (line: TCorpusInvoice["lines"][number], index: number) => string };

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));
const groupNit = (nit: string) => nit.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

const drawTable = ({ doc, invoice, top, columns, headerFont, bodyFont, fill, rules }: { doc: TDoc; invoice: TCorpusInvoice; top: number; columns: TColumn[]; headerFont: string; bodyFont: string; fill: string | null; rules: boolean }): number => {
  const left = Math.min(...columns.map((column) => column.x)) - 4;
  const right = Math.max(...columns.map((column) => column.x + column.width)) + 4;
  if (fill) doc.rect(left, top - 4, right - left, 18).fill(fill);
  doc.fillColor("black").font(headerFont).fontSize(8.5);
  for (const column of columns) doc.text(column.title, column.x, top, { width: column.width, align: column.align, lineBreak: false });
  let y = top + 20;
  doc.font(bodyFont).fontSize(8.5);
  invoice.lines.forEach((line, index) => {
    const heights = columns.map((column) => doc.heightOfString(column.cell(line, index), { width: column.width }));
    const rowHeight = Math.max(...heights) + 5;
    for (const column of columns) doc.text(column.cell(line, index), column.x, y, { width: column.width, align: column.align });
    y += rowHeight;
    if (rules) doc.moveTo(left, y - 3).lineTo(right, y - 3).lineWidth(0.4).strokeColor("#999999").stroke();
  });
  return y + 10;
};

const drawTotals = ({ doc, rows, labelX, valueX, y, font, boldLast }: { doc: TDoc; rows: [string, string][]; labelX: number; valueX: number; y: number; font: string; boldLast: string }): number => {
  rows.forEach(([label, value], index) => {
    doc.font(index === rows.length - 1 ? boldLast : font).fontSize(9.5);
    doc.text(label, labelX, y, { lineBreak: false });
    doc.text(value, valueX, y, { width: 110, align: "right", lineBreak: false });
    y += 15;
  });
  return y;
};

const pct = (rate: string) => rate.replace(/\.00$/, "").replace(".", ",");

const renderClasico = (doc: TDoc, invoice: TCorpusInvoice) => {
  const money = (amount: string) => formatCorpusAmount({ amount, style: "co", symbol: true });
  const date = (isoDate: string) => formatCorpusDate({ isoDate, style: "dmy" });
  doc.font("Helvetica-Bold").fontSize(15).text(invoice.supplier.name, 40, 42, { width: 300 });
  doc.font("Helvetica").fontSize(9);
  doc.text(`NIT: ${groupNit(invoice.supplier.nit)}-${invoice.supplier.dv}`, 40, 80, { lineBreak: false });
  doc.text(`${invoice.supplier.address} · ${invoice.supplier.city}`, 40, 93, { lineBreak: false });
  doc.text(`Tel. ${invoice.supplier.phone}`, 40, 106, { lineBreak: false });
  doc.rect(352, 36, 222, 112).lineWidth(0.8).strokeColor("black").stroke();
  doc.font("Helvetica-Bold").fontSize(10).text(invoice.numberLabel ? `${invoice.numberLabel}:` : "Factura electrónica de venta No.", 360, 44, { lineBreak: false });
  doc.fontSize(12).text(`${invoice.prefix}-${invoice.consecutive}`, 360, 59, { lineBreak: false });
  doc.font("Helvetica").fontSize(9);
  doc.text(`Fecha de emisión: ${date(invoice.issueDate)}`, 360, 82, { lineBreak: false });
  doc.text(`Fecha de vencimiento: ${date(invoice.dueDate)}`, 360, 96, { lineBreak: false });
  doc.text(`Moneda: ${invoice.currency}`, 360, 110, { lineBreak: false });
  doc.text(`Forma de pago: ${invoice.paymentMeans.label}`, 360, 124, { lineBreak: false });
  doc.font("Helvetica-Bold").text("Cliente:", 40, 165, { lineBreak: false });
  doc.font("Helvetica").text(invoice.customer.name, 100, 165, { lineBreak: false });
  doc.font("Helvetica-Bold").text(invoice.customer.dv ? "NIT:" : "C.C.:", 40, 179, { lineBreak: false });
  doc.font("Helvetica").text(invoice.customer.dv ? `${groupNit(invoice.customer.id)}-${invoice.customer.dv}` : groupNit(invoice.customer.id), 100, 179, { lineBreak: false });
  doc.font("Helvetica-Bold").text("Dirección:", 40, 193, { lineBreak: false });
  doc.font("Helvetica").text(invoice.customer.address, 100, 193, { lineBreak: false });
  const y = drawTable({
    doc, invoice, top: 226, fill: "#dddddd", rules: false, headerFont: "Helvetica-Bold", bodyFont: "Helvetica",
    columns: [
      { title: "Código", x: 44, width: 44, align: "left", cell: (line) => line.code },
      { title: "Descripción", x: 92, width: 170, align: "left", cell: (line) => line.description },
      { title: "Cantidad", x: 266, width: 50, align: "right", cell: (line) => line.quantity.replace(".", ",") },
      { title: "Unidad", x: 322, width: 34, align: "center", cell: (line) => line.unit },
      { title: "Valor unitario", x: 360, width: 72, align: "right", cell: (line) => money(line.unitPrice) },
      { title: "IVA %", x: 436, width: 30, align: "center", cell: (line) => line.ivaRate },
      { title: "Total", x: 470, width: 100, align: "right", cell: (line) => money(line.lineAmount) },
    ],
  });
  const rows: [string, string][] = [["Subtotal", money(invoice.subtotal)], ...invoice.taxes.map((tax): [string, string] => [`IVA ${pct(tax.rate)}%`, money(tax.amount)]), ...invoice.withholdings.map((tax): [string, string] => [`Retención en la fuente ${pct(tax.rate)}%`, money(tax.amount)]), ["Total a pagar", money(invoice.total)]];
  drawTotals({ doc, rows, labelX: 330, valueX: 462, y, font: "Helvetica", boldLast: "Helvetica-Bold" });
  doc.font("Helvetica").fontSize(7).text(`CUFE: ${invoice.cufe}`, 40, 720, { lineBreak: false });
  doc.text("Representación gráfica de la factura electrónica de venta. Resolución DIAN 18764000001 de 2025.", 40, 735, { lineBreak: false });
};

const renderModerno = (doc: TDoc, invoice: TCorpusInvoice) => {
  const money = (amount: string) => formatCorpusAmount({ amount, style: "us" });
  const date = (isoDate: string) => formatCorpusDate({ isoDate, style: "iso" });
  doc.font("Helvetica-Bold").fontSize(14).text("FACTURA DE VENTA ELECTRÓNICA", 0, 38, { width: 612, align: "center", lineBreak: false });
  doc.font("Helvetica").fontSize(11).text(`${invoice.numberLabel ?? "No."} ${invoice.prefix}${invoice.consecutive}`, 0, 56, { width: 612, align: "center", lineBreak: false });
  // Shrink long names to one line: a wrapped name would run into the NIT line below it.
  let nameSize = 11;
  while (doc.font("Helvetica-Bold").fontSize(nameSize).widthOfString(invoice.supplier.name) > 238) nameSize -= 0.5;
  doc.text(invoice.supplier.name, 332, 88, { width: 240, align: "right", lineBreak: false });
  doc.font("Helvetica").fontSize(8.5);
  doc.text(`NIT ${groupNit(invoice.supplier.nit)}-${invoice.supplier.dv}`, 332, 103, { width: 240, align: "right", lineBreak: false });
  doc.text(`${invoice.supplier.address}, ${invoice.supplier.city}`, 332, 115, { width: 240, align: "right", lineBreak: false });
  doc.text("Responsable de IVA · Actividad económica 4620", 332, 127, { width: 240, align: "right", lineBreak: false });
  doc.fontSize(9);
  doc.text(`Fecha expedición: ${date(invoice.issueDate)}`, 40, 88, { lineBreak: false });
  doc.text(`Fecha vencimiento: ${date(invoice.dueDate)}`, 40, 101, { lineBreak: false });
  doc.text(`Moneda: Pesos colombianos (${invoice.currency})`, 40, 114, { lineBreak: false });
  doc.text(`Medio de pago: ${invoice.paymentMeans.label}`, 40, 127, { lineBreak: false });
  doc.roundedRect(36, 150, 540, 44, 6).lineWidth(0.6).strokeColor("#444444").stroke();
  doc.text(`Adquiriente: ${invoice.customer.name}`, 46, 158, { lineBreak: false });
  doc.text(`C.C./NIT: ${invoice.customer.dv ? `${invoice.customer.id}-${invoice.customer.dv}` : invoice.customer.id}`, 46, 172, { lineBreak: false });
  doc.text(`Dirección: ${invoice.customer.address}`, 300, 172, { lineBreak: false });
  const y = drawTable({
    doc, invoice, top: 214, fill: null, rules: true, headerFont: "Helvetica-Bold", bodyFont: "Helvetica",
    columns: [
      { title: "Ítem", x: 42, width: 24, align: "left", cell: (_, index) => String(index + 1) },
      { title: "Detalle", x: 70, width: 200, align: "left", cell: (line) => `${line.description} (${line.code})` },
      { title: "Cant.", x: 274, width: 56, align: "right", cell: (line) => `${line.quantity} ${line.unit}` },
      { title: "Vr. Unitario", x: 334, width: 78, align: "right", cell: (line) => money(line.unitPrice) },
      { title: "IVA", x: 416, width: 36, align: "right", cell: (line) => `${line.ivaRate}%` },
      { title: "Vr. Total", x: 456, width: 114, align: "right", cell: (line) => money(line.lineAmount) },
    ],
  });
  const rows: [string, string][] = [["Subtotal", money(invoice.subtotal)], ...invoice.taxes.map((tax): [string, string] => [`IVA (${pct(tax.rate)}%)`, money(tax.amount)]), ...invoice.withholdings.map((tax): [string, string] => [`ReteFuente (${pct(tax.rate)}%)`, `-${money(tax.amount)}`]), ["Neto a pagar", money(invoice.total)]];
  const end = drawTotals({ doc, rows, labelX: 340, valueX: 460, y, font: "Helvetica", boldLast: "Helvetica-Bold" });
  doc.font("Helvetica-Bold").fontSize(8).text("CUFE", 40, Math.max(end + 20, 640), { lineBreak: false });
  doc.font("Courier").fontSize(8).text(invoice.cufe.slice(0, 48), 40, Math.max(end + 32, 652), { lineBreak: false });
  doc.text(invoice.cufe.slice(48), 40, Math.max(end + 42, 662), { lineBreak: false });
};

const renderTextual = (doc: TDoc, invoice: TCorpusInvoice) => {
  const money = (amount: string) => formatCorpusAmount({ amount, style: "co", symbol: true });
  const date = (isoDate: string) => formatCorpusDate({ isoDate, style: "long" });
  doc.font("Times-Bold").fontSize(17).text(invoice.supplier.name.toUpperCase(), 0, 40, { width: 612, align: "center", lineBreak: false });
  doc.font("Times-Roman").fontSize(10).text(`Nit. ${invoice.supplier.nit}-${invoice.supplier.dv} · ${invoice.supplier.address} · ${invoice.supplier.city}`, 0, 62, { width: 612, align: "center", lineBreak: false });
  const cells: [string, string][] = [[invoice.numberLabel ?? "Número de factura", `${invoice.prefix} ${invoice.consecutive}`], ["Fecha de emisión", date(invoice.issueDate)], ["Fecha de vencimiento", date(invoice.dueDate)], ["Moneda", invoice.currency]];
  cells.forEach(([label, value], index) => {
    const x = 40 + index * 134;
    doc.rect(x, 92, 130, 36).lineWidth(0.5).strokeColor("black").stroke();
    doc.font("Times-Bold").fontSize(9).text(label, x + 5, 97, { lineBreak: false });
    doc.font("Times-Roman").fontSize(10).text(value, x + 5, 112, { lineBreak: false });
  });
  doc.font("Times-Bold").fontSize(10).text("Señores:", 40, 146, { lineBreak: false });
  doc.font("Times-Roman").text(invoice.customer.name, 110, 146, { lineBreak: false });
  doc.font("Times-Bold").text("Identificación:", 40, 160, { lineBreak: false });
  doc.font("Times-Roman").text(invoice.customer.dv ? `NIT ${invoice.customer.id}-${invoice.customer.dv}` : `CC ${invoice.customer.id}`, 110, 160, { lineBreak: false });
  doc.font("Times-Bold").text("Forma de pago:", 330, 146, { lineBreak: false });
  doc.font("Times-Roman").text(invoice.paymentMeans.label, 410, 146, { lineBreak: false });
  const y = drawTable({
    doc, invoice, top: 194, fill: "#eeeeee", rules: false, headerFont: "Times-Bold", bodyFont: "Times-Roman",
    columns: [
      { title: "Descripción", x: 44, width: 230, align: "left", cell: (line) => line.description },
      { title: "Cant", x: 280, width: 50, align: "center", cell: (line) => line.quantity.replace(".", ",") },
      { title: "Precio unitario", x: 336, width: 80, align: "right", cell: (line) => money(line.unitPrice) },
      { title: "IVA %", x: 420, width: 34, align: "center", cell: (line) => line.ivaRate },
      { title: "Valor", x: 458, width: 112, align: "right", cell: (line) => money(line.lineAmount) },
    ],
  });
  doc.moveTo(330, y - 4).lineTo(572, y - 4).lineWidth(0.8).strokeColor("black").stroke();
  const rows: [string, string][] = [["SUBTOTAL", money(invoice.subtotal)], ...invoice.taxes.map((tax): [string, string] => [`IVA ${pct(tax.rate)} %`, money(tax.amount)]), ...invoice.withholdings.map((tax): [string, string] => [`Retención en la fuente ${pct(tax.rate)} %`, money(tax.amount)]), ["TOTAL A PAGAR", money(invoice.total)]];
  drawTotals({ doc, rows, labelX: 330, valueX: 462, y, font: "Times-Roman", boldLast: "Times-Bold" });
  doc.font("Times-Bold").fontSize(8).text("Código Único de Factura Electrónica (CUFE):", 40, 700, { lineBreak: false });
  doc.font("Times-Roman").fontSize(7.5).text(invoice.cufe, 40, 712, { lineBreak: false });
};

const QR_POSITION = { x: 500, y: 700, size: 88 };

const renderDianQr = (invoice: TCorpusInvoice): Promise<Buffer> => {
  const iva = invoice.taxes.reduce((sum, tax) => sum.plus(tax.amount), new Decimal(0));
  const text = buildDianQrText({
    number: invoice.number,
    issueDate: invoice.issueDate,
    issueTime: "10:00:00-05:00",
    supplierNit: invoice.supplier.nit,
    customerId: invoice.customer.id,
    subtotal: invoice.subtotal,
    iva: iva.toFixed(2),
    otherTaxes: "0.00",
    total: invoice.total,
    cufe: invoice.cufe,
  });
  return QRCode.toBuffer(text, { errorCorrectionLevel: "L", margin: 1, width: 480 });
};

/** Renders a corpus invoice as a digital PDF in its template's look; byte-identical for the same invoice. */
export const renderCorpusPdf = async ({ invoice }: RenderCorpusPdfOptions): Promise<Buffer> => {
  const doc = new PDFDocument({ size: "LETTER", margin: 0, info: { Title: `Factura ${invoice.number}`, Producer: "Cotejo corpus", Creator: "Cotejo corpus", CreationDate: FIXED_DATE, ModDate: FIXED_DATE } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  if (invoice.template === "clasico") renderClasico(doc, invoice);
  else if (invoice.template === "moderno") renderModerno(doc, invoice);
  else renderTextual(doc, invoice);
  // DIAN's printed representation carries a QR with the invoice's key values and CUFE, bottom right.
  doc.image(await renderDianQr(invoice), QR_POSITION.x, QR_POSITION.y, { width: QR_POSITION.size });
  doc.end();
  await finished;
  return Buffer.concat(chunks);
};
