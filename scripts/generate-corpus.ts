import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateCorpusInvoice } from "@/lib/extraction/corpus/generate-corpus-invoice";
import { renderCorpusPdf } from "@/lib/extraction/corpus/render-corpus-pdf";
import { truthFieldsForInvoice } from "@/lib/extraction/corpus/truth-fields-for-invoice";

// Labelled Colombian invoices for `npm run eval:extraction`: DIR/*.pdf + DIR/truth.jsonl, and with --scans also
// DIR/scans/*.{png,jpg} + DIR/scans/truth.jsonl (the same invoices rendered and degraded like a scanner would).
const { values } = parseArgs({
  options: { count: { type: "string", default: "30" }, seed: { type: "string", default: "1" }, out: { type: "string" }, scans: { type: "boolean", default: false }, dpi: { type: "string", default: "200" } },
});
if (!values.out) {
  console.error("Uso: npm run corpus:generate -- --count N --seed S --out DIR [--scans] [--dpi 200]");
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
for (let index = 0; index < count; index += 1) {
  const invoice = generateCorpusInvoice({ seed, index });
  const pdf = await renderCorpusPdf({ invoice });
  const file = `${invoice.id}-${invoice.template}.pdf`;
  await writeFile(path.join(out, file), pdf);
  const fields = truthFieldsForInvoice({ invoice });
  truth.push(JSON.stringify({ file, template: invoice.template, fields }));
  if (renderScan) {
    const scan = await renderScan({ pdf, seed: seed * 1000 + index, dpi: Number(values.dpi) });
    const scanFile = `${invoice.id}-${invoice.template}.${scan.format}`;
    await writeFile(path.join(out, "scans", scanFile), scan.bytes);
    scanTruth.push(JSON.stringify({ file: scanFile, template: invoice.template, fields }));
  }
}
await writeFile(path.join(out, "truth.jsonl"), `${truth.join("\n")}\n`);
if (renderScan) await writeFile(path.join(out, "scans", "truth.jsonl"), `${scanTruth.join("\n")}\n`);
console.log(JSON.stringify({ out, documents: count, seed, scans: Boolean(renderScan) }));
