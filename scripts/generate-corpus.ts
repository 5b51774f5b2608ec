import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpusInvoice, generateCorpusSupplier, type TCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { truthFieldsForInvoice } from "@/lib/extraction/corpus/truth-fields-for-invoice";

// Labelled Colombian invoices for `npm run eval:extraction`: DIR/*.pdf + DIR/truth.jsonl, and with --scans also
// DIR/scans/*.{png,jpg} + DIR/scans/truth.jsonl (the same invoices rendered and degraded like a scanner would).
// With --suppliers S, S recurring suppliers issue N invoices each (file names and truth carry the supplier number).
const { values } = parseArgs({
  options: { count: { type: "string", default: "30" }, seed: { type: "string", default: "1" }, out: { type: "string" }, scans: { type: "boolean", default: false }, dpi: { type: "string", default: "200" }, suppliers: { type: "string" } },
});
if (!values.out) {
  console.error("Uso: npm run corpus:generate -- --count N --seed S --out DIR [--scans] [--dpi 200] [--suppliers S]");
  process.exit(2);
}
const count = Number(values.count);
const seed = Number(values.seed);
const out = path.resolve(values.out);
await mkdir(out, { recursive: true });
const truth: string[] = [];
const scanTruth: string[] = [];
const renderScan = values.scans ? (await import("@/lib/extraction/corpus/render-corpus-scan")).renderCorpusScan : null;
if (renderScan) await mkdir(path.join(out, "scans"), { recursive: true });
const writeInvoice = async (invoice: TCorpusInvoice, scanSeed: number, supplier: number | null) => {
  const pdf = await renderCorpusPdf({ invoice });
  const name = `${supplier === null ? "" : `proveedor-${String(supplier).padStart(2, "0")}-`}${invoice.id}-${invoice.template}`;
  const file = `${name}.pdf`;
  await writeFile(path.join(out, file), pdf);
  const fields = truthFieldsForInvoice({ invoice });
  // Recurring suppliers' item codes, for benchmarks of what reviewers' product choices teach (bench:profiles).
  const extra = supplier === null ? {} : { supplier, items: invoice.lines.map((line) => ({ code: line.code, description: line.description })) };
  truth.push(JSON.stringify({ file, template: invoice.template, ...extra, fields }));
  if (renderScan) {
    const scan = await renderScan({ pdf, seed: scanSeed, dpi: Number(values.dpi) });
    const scanFile = `${name}.${scan.format}`;
    await writeFile(path.join(out, "scans", scanFile), scan.bytes);
    scanTruth.push(JSON.stringify({ file: scanFile, template: invoice.template, ...extra, fields }));
  }
};
const suppliers = values.suppliers === undefined ? null : Number(values.suppliers);
if (suppliers === null) {
  for (let index = 0; index < count; index += 1) await writeInvoice(generateCorpusInvoice({ seed, index }), seed * 1000 + index, null);
} else {
  for (let number = 1; number <= suppliers; number += 1) {
    const supplier = generateCorpusSupplier({ seed, index: number - 1 });
    for (let index = 0; index < count; index += 1) {
      const invoice = generateCorpusInvoice({ seed, index: number * 100_000 + index, supplier });
      await writeInvoice({ ...invoice, id: `factura-${String(index + 1).padStart(4, "0")}` }, seed * 1000 + number * 100_000 + index, number);
    }
  }
}
await writeFile(path.join(out, "truth.jsonl"), `${truth.join("\n")}\n`);
if (renderScan) await writeFile(path.join(out, "scans", "truth.jsonl"), `${scanTruth.join("\n")}\n`);
console.log(JSON.stringify({ out, documents: truth.length, seed, scans: Boolean(renderScan), suppliers }));
