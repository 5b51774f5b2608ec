import PDFDocument from "pdfkit";
import { formatCop, formatCount } from "@/lib/format/format-cop";
import { formatDateTime } from "@/lib/format/format-date";
import { formatPeriodLabel } from "./format-period-label";
import type { TStatement } from "./statement-schemas";

export type RenderStatementPdfOptions = { statement: TStatement };

const MARGIN = 40;
const PAGE_WIDTH = 595.28; // A4
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const ROW_HEIGHT = 14;
const GREEN = "#1b5e20";

type Column = { header: string; width: number; align: "left" | "right" };
const COLUMNS: Column[] = [
  { header: "Fecha", width: 52, align: "left" },
  { header: "Factura", width: 72, align: "left" },
  { header: "Certificado", width: 82, align: "left" },
  { header: "Valor registrado", width: 85, align: "right" },
  { header: "Tarifa BMC", width: 70, align: "right" },
  { header: "Comisión", width: 70, align: "right" },
  { header: "Retención evitada", width: 84, align: "right" },
];

const day = (iso: string) => formatPeriodLabel({ start: iso, granularity: "day" });

/**
 * A client's monthly statement as PDF bytes, like a bank statement: header with the organization and its NIT-DV, the
 * period, one row per registered invoice, totals, and page numbers. Pure: same statement, same bytes.
 */
export const renderStatementPdf = ({ statement }: RenderStatementPdfOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const generatedAt = new Date(statement.generatedAt);
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: {
        Title: `Estado de cuenta ${statement.month} — ${statement.organization.name}`,
        Author: "Cotejo",
        Producer: "Cotejo",
        Creator: "Cotejo",
        CreationDate: generatedAt,
      },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);

    doc.fillColor(GREEN).font("Helvetica-Bold").fontSize(16).text("Estado de cuenta mensual", MARGIN, MARGIN);
    doc.fillColor("#555555").font("Helvetica").fontSize(9)
      .text("Registro de facturas agropecuarias ante la Bolsa Mercantil de Colombia · Cotejo");
    doc.moveDown(0.8);
    const boxTop = doc.y;
    doc.rect(MARGIN, boxTop, CONTENT_WIDTH, 58).strokeColor("#c8c8c8").lineWidth(0.7).stroke();
    doc.fillColor("black").font("Helvetica-Bold").fontSize(11)
      .text(statement.organization.name, MARGIN + 10, boxTop + 8, { width: CONTENT_WIDTH - 20 });
    doc.font("Helvetica").fontSize(9)
      .text(`NIT ${statement.organization.nit}-${statement.organization.dv} · Cliente (comprador de las facturas registradas)`)
      .text(`Periodo: ${formatPeriodLabel({ start: statement.from, granularity: "month" })} (${day(statement.from)} a ${day(statement.to)}, hora de Bogotá)`)
      .text(`Generado: ${formatDateTime(generatedAt)}`);
    doc.y = boxTop + 70;

    const summary: [string, string][] = [
      ["Facturas registradas", formatCount(statement.totals.invoices)],
      ["Valor registrado", formatCop(statement.totals.registeredValue)],
      ["Tarifa BMC", formatCop(statement.totals.feeAmount)],
      ["Comisión", formatCop(statement.totals.commissionAmount)],
      ["Retención evitada", formatCop(statement.totals.withholdingAvoided)],
    ];
    const summaryWidth = CONTENT_WIDTH / summary.length;
    const summaryTop = doc.y;
    summary.forEach(([label, value], index) => {
      const x = MARGIN + index * summaryWidth;
      doc.fillColor("#555555").font("Helvetica").fontSize(8).text(label, x, summaryTop, { width: summaryWidth - 6 });
      doc.fillColor("black").font("Helvetica-Bold").fontSize(10).text(value, x, summaryTop + 11, { width: summaryWidth - 6 });
    });
    doc.y = summaryTop + 36;

    const drawRow = (cells: string[], options: { bold?: boolean; fill?: string } = {}) => {
      if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN - 20) {
        doc.addPage();
        drawHeader();
      }
      const top = doc.y;
      if (options.fill) doc.rect(MARGIN, top - 3, CONTENT_WIDTH, ROW_HEIGHT).fill(options.fill);
      doc.fillColor("black").font(options.bold ? "Helvetica-Bold" : "Helvetica").fontSize(8);
      let x = MARGIN;
      COLUMNS.forEach((column, index) => {
        doc.text(cells[index] ?? "", x + 2, top, { width: column.width - 4, align: column.align, lineBreak: false, ellipsis: true });
        x += column.width;
      });
      doc.y = top + ROW_HEIGHT;
    };
    const drawHeader = () => drawRow(COLUMNS.map((column) => column.header), { bold: true, fill: "#e8f0e8" });

    drawHeader();
    if (statement.entries.length === 0) {
      doc.fillColor("#555555").font("Helvetica-Oblique").fontSize(9)
        .text("No hay facturas registradas de esta organización en el periodo.", MARGIN, doc.y + 4);
      doc.moveDown();
    }
    statement.entries.forEach((entry, index) =>
      drawRow(
        [
          day(entry.registeredOn),
          entry.invoiceNumber ?? "—",
          entry.certificateNumber ?? "Sin certificado",
          formatCop(entry.registeredValue),
          formatCop(entry.feeAmount),
          formatCop(entry.commissionAmount),
          formatCop(entry.withholdingAvoided),
        ],
        { fill: index % 2 === 1 ? "#f7f7f7" : undefined },
      ),
    );
    doc.moveTo(MARGIN, doc.y - 2).lineTo(MARGIN + CONTENT_WIDTH, doc.y - 2).strokeColor("#888888").lineWidth(0.7).stroke();
    doc.y += 2;
    drawRow(
      [
        "Totales",
        `${formatCount(statement.totals.invoices)} facturas`,
        "",
        formatCop(statement.totals.registeredValue),
        formatCop(statement.totals.feeAmount),
        formatCop(statement.totals.commissionAmount),
        formatCop(statement.totals.withholdingAvoided),
      ],
      { bold: true },
    );
    doc.moveDown(1.5);
    doc.fillColor("#555555").font("Helvetica").fontSize(7.5).text(
      "Valor registrado: total a pagar de cada factura. Tarifa BMC y comisión liquidadas con la versión de reglas vigente en la fecha de registro. " +
        "Retención evitada: retención en la fuente que el registro exime (1,5 % productos en estado natural, 2,5 % primera transformación).",
      MARGIN,
      doc.y,
      { width: CONTENT_WIDTH },
    );

    const range = doc.bufferedPageRange();
    for (let page = range.start; page < range.start + range.count; page += 1) {
      doc.switchToPage(page);
      // The footer sits in the bottom margin; without this pdfkit would open a page for it.
      doc.page.margins.bottom = 0;
      doc.fillColor("#777777").font("Helvetica").fontSize(7.5).text(
        `${statement.organization.name} · NIT ${statement.organization.nit}-${statement.organization.dv} · ${statement.month} · Página ${page + 1} de ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN + 8,
        { width: CONTENT_WIDTH, align: "center", lineBreak: false },
      );
    }
    doc.end();
  });
