import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openPdfDocument } from "@/lib/extraction/pdf/open-pdf-document";
import { decodeQrCode } from "@/lib/extraction/qr/decode-qr-code";
import { buildSampleCertificateContent } from "./build-sample-certificate-content";
import { renderCertificatePdf } from "./render-certificate-pdf";

const run = promisify(execFile);

const pdfText = async (bytes: Buffer) => {
  const { document, destroy } = await openPdfDocument({ bytes });
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { items } = await page.getTextContent();
      pages.push(items.map((item) => ("str" in item ? item.str : "")).join(" "));
    }
    return { text: pages.join("\n"), pageCount: document.numPages };
  } finally {
    await destroy();
  }
};

/** Rasterizes one page with poppler, as a person or a scanner app would see it. */
const rasterize = async (bytes: Buffer, page: number) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cotejo-cert-"));
  try {
    await writeFile(path.join(dir, "c.pdf"), bytes);
    await run("pdftoppm", ["-png", "-r", "150", "-f", String(page), "-l", String(page), "-singlefile", path.join(dir, "c.pdf"), path.join(dir, "page")]);
    return await readFile(path.join(dir, "page.png"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

describe("renderCertificatePdf", () => {
  it("prints the number, parties with NIT-DV, invoice, lines and amounts in Colombian format", async () => {
    const content = buildSampleCertificateContent({ lineCount: 10 });
    const { text, pageCount } = await pdfText(await renderCertificatePdf({ content }));
    expect(pageCount).toBe(1);
    for (const expected of [
      "BOLSA MERCANTIL DE COLOMBIA",
      "COMPROBANTE DE REGISTRO",
      "BMC-2026-000123",
      "Emitido: 23/11/2026 14:42 (hora de Bogotá)",
      "Cooperativa Agropecuaria del Huila Ltda.",
      "NIT 900.123.456-8",
      "NIT 860.512.347-8",
      "SETP990058987",
      "18/11/2026",
      content.invoice.cufe!,
      "Café pergamino seco excelso tipo exportación, bulto 70 kg",
      "0901.11",
      "$ 18.450.000,00",
      "Líneas excluidas: 1 línea por $ 350.000,00",
      "Clasificación DIAN no elegible",
      "$ 63.850,00",
      "$ 127.700,00",
      "$ 958.000,00",
      "versión 1",
      "7KQ2-M9XD-4FRT-0BNW-C8JP",
      "https://cotejo.bmc.com.co/verificar/7KQ2-M9XD-4FRT-0BNW-C8JP",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(`Valor registrado de la factura`);
  });

  it("gives identical bytes for the same content and different bytes for a different amount", async () => {
    const content = buildSampleCertificateContent();
    const first = await renderCertificatePdf({ content });
    const second = await renderCertificatePdf({ content: structuredClone(content) });
    expect(Buffer.compare(first, second)).toBe(0);
    const changed = await renderCertificatePdf({ content: { ...content, feeAmount: "63851.00" } });
    expect(Buffer.compare(first, changed)).not.toBe(0);
  });

  it("carries a QR code that decodes to the verification URL", async () => {
    const content = buildSampleCertificateContent({ verificationUrlBase: "http://localhost:3120" });
    const decoded = await decodeQrCode({ image: await rasterize(await renderCertificatePdf({ content }), 1) });
    expect(decoded?.text).toBe("http://localhost:3120/verificar/7KQ2-M9XD-4FRT-0BNW-C8JP");
  });

  it("continues long invoices on more pages with the header repeated and the QR on the last page", async () => {
    const content = buildSampleCertificateContent({ lineCount: 60 });
    const bytes = await renderCertificatePdf({ content });
    const { text, pageCount } = await pdfText(bytes);
    expect(pageCount).toBeGreaterThan(1);
    expect(text).toContain(`Página ${pageCount} de ${pageCount}`);
    expect(text.match(/BMC-2026-000123/g)!.length).toBeGreaterThanOrEqual(2 * pageCount);
    for (let line = 1; line <= 60; line += 1) expect(text).toMatch(new RegExp(`(^|\\s)${line}\\s`));
    const decoded = await decodeQrCode({ image: await rasterize(bytes, pageCount) });
    expect(decoded?.text).toBe(content.verificationUrl);
  });

  it("refuses content that does not match the schema", async () => {
    const content = buildSampleCertificateContent();
    await expect(renderCertificatePdf({ content: { ...content, feeAmount: "63.850,00" } })).rejects.toThrow();
  });
});
