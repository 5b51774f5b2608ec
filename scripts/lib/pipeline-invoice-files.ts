import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { generateCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { buildUblInvoice } from "@/lib/testing/build-ubl-invoice";
import type { UploadFile } from "./pipeline-stack";

export type InvoiceKind = "xml" | "pdf" | "scan";
export type CatalogProduct = { code: string; name: string };

export type BuildInvoiceFilesOptions = {
  kind: InvoiceKind;
  count: number;
  /**
   * Position of the first invoice in DIAN's test numbering range (0–4,999,999): runs on the same database that use
   * distinct positions never repeat a number or a file.
   */
  startAt: number;
  /** Registrable catalog products the XML lines use, so that they match by code. */
  products: readonly CatalogProduct[];
  /** YYYY-MM-DD, inside the registration window. */
  issueDate: string;
};

const SUPPLIERS = [
  { nit: "900373115", name: "Agroinsumos del Valle S.A.S." },
  { nit: "890903407", name: "Cooperativa Cafetera del Huila" },
  { nit: "811009788", name: "Frutas Tropicales de Urabá S.A." },
];
const CUSTOMER = { nit: "860512780", name: "Comercializadora Andina S.A.S." };

/** Loaded only for scans: the corpus scanner pulls in the PDF rasterizer. */
const renderScan = async (pdf: Buffer, seed: number) => {
  const { renderCorpusScan } = await import("@/lib/extraction/corpus/render-corpus-scan");
  return renderCorpusScan({ pdf, seed, dpi: 150 });
};

/**
 * Files to upload for the pipeline benchmark and the fault test. XML: DIAN UBL invoices whose lines are catalog
 * products (they go all the way to a certificate). PDF and scans: the extraction corpus' printed invoices, whose
 * products are not in the catalog, so they stop for review as a real first upload from a new supplier would.
 */
export const buildInvoiceFiles = async ({ kind, count, startAt, products, issueDate }: BuildInvoiceFilesOptions): Promise<UploadFile[]> => {
  const files: UploadFile[] = [];
  for (let index = 0; index < count; index += 1) {
    const sequence = startAt + index;
    if (kind === "xml") {
      const lineCount = 1 + (sequence % 4);
      const xml = buildUblInvoice({
        sequence,
        issueDate,
        supplier: SUPPLIERS[sequence % SUPPLIERS.length]!,
        customer: CUSTOMER,
        lines: Array.from({ length: lineCount }, (_, line) => {
          const product = products[(sequence * 7 + line) % products.length]!;
          return {
            productCode: product.code,
            description: product.name,
            quantity: String(1 + ((sequence + line) % 40)),
            unitPrice: `${1000 + ((sequence * 13 + line * 17) % 90_000)}.00`,
          };
        }),
      });
      files.push({ name: `SETP${sequence}.xml`, bytes: Buffer.from(xml), type: "application/xml" });
      continue;
    }
    const invoice = generateCorpusInvoice({ seed: sequence, index: 0 });
    const pdf = await renderCorpusPdf({ invoice });
    if (kind === "pdf") {
      files.push({ name: `${invoice.id}.pdf`, bytes: pdf, type: "application/pdf" });
      continue;
    }
    const scan = await renderScan(pdf, sequence);
    files.push({ name: `${invoice.id}.${scan.format}`, bytes: scan.bytes, type: scan.format === "png" ? "image/png" : "image/jpeg" });
  }
  return files;
};
