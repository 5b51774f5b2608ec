import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { EXCLUSION_REASON_LABELS } from "@/lib/commissions/schemas";
import { formatCop } from "@/lib/format/format-cop";
import { formatCalendarDate, formatDateTime } from "@/lib/format/format-date";
import { formatNit } from "@/lib/format/format-nit";
import { ZCertificateContent, type TCertificateContent } from "./schemas";

export type RenderCertificatePdfOptions = { content: TCertificateContent };

type TDoc = InstanceType<typeof PDFDocument>;

const PAGE = { width: 612, height: 792, margin: 40 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Lowest y a table row may start at before the page breaks (the footer sits below). */
const BODY_BOTTOM = PAGE.height - 70;
const BMC_BLUE = "#0B3C6E";
const RULE_GREY = "#B8C2CC";
const MUTED = "#4A5560";


const drawHeader = (doc: TDoc, content: TCertificateContent, continued: boolean) => {
  doc.rect(0, 0, PAGE.width, 78).fill(BMC_BLUE);
  doc.fillColor("white").font("Helvetica-Bold").fontSize(15).text("BOLSA MERCANTIL DE COLOMBIA", PAGE.margin, 22, { lineBreak: false });
  doc.font("Helvetica").fontSize(8.5).text("Registro de facturas de bienes agropecuarios · Decreto 1555 de 2017", PAGE.margin, 42, {
    lineBreak: false,
  });
  const right = PAGE.width - PAGE.margin - 220;
  doc.font("Helvetica-Bold").fontSize(9).text(continued ? "COMPROBANTE DE REGISTRO (cont.)" : "COMPROBANTE DE REGISTRO", right, 20, {
    width: 220,
    align: "right",
    lineBreak: false,
  });
  doc.fontSize(13).text(content.certificateNumber, right, 34, { width: 220, align: "right", lineBreak: false });
  doc.font("Helvetica").fontSize(8.5).text(`Emitido: ${formatDateTime(content.issuedAt)} (hora de Bogotá)`, right, 54, {
    width: 220,
    align: "right",
    lineBreak: false,
  });
  doc.fillColor("black");
};

const drawSectionTitle = (doc: TDoc, title: string, y: number) => {
  doc.fillColor(BMC_BLUE).font("Helvetica-Bold").fontSize(10).text(title, PAGE.margin, y, { lineBreak: false });
  doc.moveTo(PAGE.margin, y + 14).lineTo(PAGE.width - PAGE.margin, y + 14).lineWidth(0.6).strokeColor(BMC_BLUE).stroke();
  doc.fillColor("black");
  return y + 20;
};

const drawLabelValue = (doc: TDoc, label: string, value: string, x: number, y: number, width: number) => {
  doc.fillColor(MUTED).font("Helvetica").fontSize(7.5).text(label, x, y, { width, lineBreak: false });
  doc.fillColor("black").font("Helvetica-Bold").fontSize(9.5).text(value, x, y + 10, { width });
  return doc.y;
};

const drawParties = (doc: TDoc, content: TCertificateContent, top: number) => {
  let y = drawSectionTitle(doc, "Partes", top);
  const half = CONTENT_WIDTH / 2 - 10;
  const right = PAGE.margin + CONTENT_WIDTH / 2 + 10;
  const supplierEnd = drawLabelValue(doc, "Proveedor (vendedor)", content.supplier.name, PAGE.margin, y, half);
  const customerEnd = drawLabelValue(doc, "Comprador", content.customer?.name ?? "No identificado", right, y, half);
  y = Math.max(supplierEnd, customerEnd) + 2;
  doc.font("Helvetica").fontSize(9);
  doc.text(`NIT ${formatNit(content.supplier.nit, content.supplier.dv)}`, PAGE.margin, y, { lineBreak: false });
  if (content.customer) doc.text(`NIT ${formatNit(content.customer.nit, content.customer.dv)}`, right, y, { lineBreak: false });
  return y + 20;
};

const drawInvoice = (doc: TDoc, content: TCertificateContent, top: number) => {
  let y = drawSectionTitle(doc, "Factura registrada", top);
  const third = CONTENT_WIDTH / 3;
  drawLabelValue(doc, "Número", content.invoice.number, PAGE.margin, y, third - 10);
  drawLabelValue(doc, "Fecha de expedición", formatCalendarDate(content.invoice.issueDate), PAGE.margin + third, y, third - 10);
  drawLabelValue(doc, "Fecha de registro", formatCalendarDate(content.registeredOn), PAGE.margin + 2 * third, y, third - 10);
  y += 28;
  doc.fillColor(MUTED).font("Helvetica").fontSize(7.5).text("CUFE", PAGE.margin, y, { lineBreak: false });
  doc.fillColor("black").font("Courier").fontSize(7.5).text(content.invoice.cufe ?? "No informado", PAGE.margin, y + 10, { width: CONTENT_WIDTH });
  return doc.y + 12;
};

type TColumn = { title: string; x: number; width: number; align: "left" | "right" };
const LINE_COLUMNS: TColumn[] = [
  { title: "#", x: PAGE.margin, width: 24, align: "right" },
  { title: "Descripción", x: PAGE.margin + 34, width: 300, align: "left" },
  { title: "Clasificación DIAN", x: PAGE.margin + 344, width: 90, align: "left" },
  { title: "Valor", x: PAGE.margin + 434, width: CONTENT_WIDTH - 434, align: "right" },
];

const drawLinesHeader = (doc: TDoc, y: number) => {
  doc.rect(PAGE.margin, y - 3, CONTENT_WIDTH, 15).fill("#E8EEF4");
  doc.fillColor("black").font("Helvetica-Bold").fontSize(8);
  for (const column of LINE_COLUMNS) doc.text(column.title, column.x, y, { width: column.width, align: column.align, lineBreak: false });
  return y + 16;
};

const newPage = (doc: TDoc, content: TCertificateContent) => {
  doc.addPage();
  drawHeader(doc, content, true);
  return 96;
};

const drawLines = (doc: TDoc, content: TCertificateContent, top: number) => {
  let y = drawSectionTitle(doc, "Líneas elegibles registradas", top);
  y = drawLinesHeader(doc, y);
  doc.font("Helvetica").fontSize(8.5);
  for (const line of content.eligibleLines) {
    const height = Math.max(doc.heightOfString(line.description, { width: LINE_COLUMNS[1]!.width }), 10) + 5;
    if (y + height > BODY_BOTTOM) {
      y = drawLinesHeader(doc, newPage(doc, content));
      doc.font("Helvetica").fontSize(8.5);
    }
    const cells = [String(line.lineNumber), line.description, line.classificationCode ?? "—", formatCop(line.amount)];
    LINE_COLUMNS.forEach((column, index) => doc.text(cells[index] ?? "", column.x, y, { width: column.width, align: column.align }));
    y += height;
    doc.moveTo(PAGE.margin, y - 3).lineTo(PAGE.width - PAGE.margin, y - 3).lineWidth(0.3).strokeColor(RULE_GREY).stroke();
  }
  return y + 6;
};

const drawExcluded = (doc: TDoc, content: TCertificateContent, top: number) => {
  let y = top;
  const { count, amount, reasons } = content.excluded;
  const lineCount = (n: number) => `${n} ${n === 1 ? "línea" : "líneas"}`;
  doc.font("Helvetica-Bold").fontSize(8.5);
  doc.text(
    count === 0 ? "Líneas excluidas: ninguna" : `Líneas excluidas: ${lineCount(count)} por ${formatCop(amount)}`,
    PAGE.margin,
    y,
    { lineBreak: false },
  );
  y += 13;
  doc.font("Helvetica").fontSize(8);
  for (const reason of reasons) {
    doc.text(`• ${EXCLUSION_REASON_LABELS[reason.reason]}: ${lineCount(reason.count)}, ${formatCop(reason.amount)}`, PAGE.margin + 10, y, {
      lineBreak: false,
    });
    y += 11;
  }
  return y + 8;
};

const TOTALS_HEIGHT = 5 * 15 + 40;
const drawTotals = (doc: TDoc, content: TCertificateContent, top: number) => {
  let y = drawSectionTitle(doc, "Valores", top);
  const rows: [string, string, boolean][] = [
    ["Valor registrado de la factura", formatCop(content.registeredValue), true],
    ["Base elegible para el registro", formatCop(content.eligibleAmount), false],
    ["Tarifa de registro BMC", formatCop(content.feeAmount), false],
    ["Comisión del corredor", formatCop(content.commissionAmount), false],
    ["Retención en la fuente evitada", formatCop(content.withholdingAvoided), true],
  ];
  const valueX = PAGE.width - PAGE.margin - 160;
  for (const [label, value, bold] of rows) {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9.5);
    doc.text(label, PAGE.margin, y, { lineBreak: false });
    doc.text(value, valueX, y, { width: 160, align: "right", lineBreak: false });
    y += 15;
  }
  doc.fillColor(MUTED).font("Helvetica").fontSize(7.5);
  doc.text(`Liquidado con las reglas de comisión versión ${content.ruleSetVersion}. Valores en pesos colombianos (COP).`, PAGE.margin, y + 2, {
    lineBreak: false,
  });
  doc.fillColor("black");
  return y + 20;
};

const QR_SIZE = 96;
const VERIFICATION_HEIGHT = QR_SIZE + 16;

/** The QR as vector rectangles (one path, runs of dark modules merged): no image to encode, crisp at any zoom. */
const drawQr = (doc: TDoc, text: string, x: number, y: number) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const cell = QR_SIZE / (modules.size + 2 * quiet);
  doc.rect(x, y, QR_SIZE, QR_SIZE).fill("white");
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (column - start) * cell, cell);
    }
  }
  doc.fill("black");
};

const drawVerification = (doc: TDoc, content: TCertificateContent, top: number) => {
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, VERIFICATION_HEIGHT).lineWidth(0.8).strokeColor(BMC_BLUE).stroke();
  drawQr(doc, content.verificationUrl, PAGE.margin + 8, top + 8);
  const x = PAGE.margin + QR_SIZE + 24;
  const width = CONTENT_WIDTH - QR_SIZE - 32;
  doc.fillColor(BMC_BLUE).font("Helvetica-Bold").fontSize(10).text("Verificación", x, top + 12, { lineBreak: false });
  doc.fillColor(MUTED).font("Helvetica").fontSize(7.5).text("Código de verificación", x, top + 30, { lineBreak: false });
  doc.fillColor("black").font("Courier-Bold").fontSize(12).text(content.verificationCode, x, top + 40, { lineBreak: false });
  doc.font("Helvetica").fontSize(8).text(content.verificationUrl, x, top + 58, { width, lineBreak: false });
  doc.fillColor(MUTED).fontSize(7.5).text(
    "Escanee el código QR o abra la dirección para confirmar que este certificado está vigente. En esa página puede cargar " +
      "este PDF: su huella SHA-256 se compara con la registrada por la BMC.",
    x,
    top + 72,
    { width },
  );
  doc.fillColor("black");
  return top + VERIFICATION_HEIGHT + 10;
};

const drawFooters = (doc: TDoc, content: TCertificateContent) => {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    doc.fillColor(MUTED).font("Helvetica").fontSize(7);
    // Writing below the bottom margin would make pdfkit add a page; the margin is lifted for the footer only.
    doc.page.margins.bottom = 0;
    doc.text(
      `${content.certificateNumber} · Página ${index - start + 1} de ${count} · Documento generado electrónicamente por la Bolsa Mercantil de Colombia`,
      PAGE.margin,
      PAGE.height - 36,
      { width: CONTENT_WIDTH, align: "center", lineBreak: false },
    );
  }
};

/**
 * The certificate as PDF bytes, a pure function of its content: the creation date comes from the content and
 * pdfkit's document ID derives from the info dictionary, so rendering the same content again gives identical
 * bytes and the SHA-256 recorded at issue can be recomputed. Standard PDF fonts only (nothing embedded).
 */
export const renderCertificatePdf = async ({ content }: RenderCertificatePdfOptions): Promise<Buffer> => {
  const data = ZCertificateContent.parse(content);
  const issuedAt = new Date(data.issuedAt);
  const doc = new PDFDocument({
    size: "LETTER",
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: `Comprobante de registro ${data.certificateNumber}`,
      Author: "Bolsa Mercantil de Colombia",
      Subject: `Registro de la factura ${data.invoice.number}`,
      Creator: "Cotejo",
      Producer: "Cotejo",
      CreationDate: issuedAt,
      ModDate: issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  drawHeader(doc, data, false);
  let y = drawParties(doc, data, 96);
  y = drawInvoice(doc, data, y);
  y = drawLines(doc, data, y);
  if (y + 14 + 13 + 11 * data.excluded.reasons.length > BODY_BOTTOM) y = newPage(doc, data);
  y = drawExcluded(doc, data, y);
  if (y + TOTALS_HEIGHT > BODY_BOTTOM) y = newPage(doc, data);
  y = drawTotals(doc, data, y);
  if (y + VERIFICATION_HEIGHT > BODY_BOTTOM) y = newPage(doc, data);
  drawVerification(doc, data, y);
  drawFooters(doc, data);
  doc.end();
  return done;
};
