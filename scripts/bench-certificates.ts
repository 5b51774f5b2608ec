/**
 * npm run bench:certificates [-- --runs 200 --lines 10 --invoices 2000]: times renderCertificatePdf (typed content in,
 * PDF bytes out, QR included) on realistic content after a warm-up, and the commission calculation per invoice
 * (scripts/lib/measure-commission-calculation.ts). Prints JSON; times in milliseconds.
 */
import { createHash } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { buildSampleCertificateContent } from "@/lib/certificates/build-sample-certificate-content";
import { renderCertificatePdf } from "@/lib/certificates/render-certificate-pdf";
import { percentile } from "./lib/latency";
import { measureCommissionCalculation } from "./lib/measure-commission-calculation";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    lines: { type: "string", default: "10" },
    warmup: { type: "string", default: "30" },
    invoices: { type: "string", default: "2000" },
  },
});
const runs = Number(values.runs);
const lineCount = Number(values.lines);
const warmup = Number(values.warmup);
const invoices = Number(values.invoices);
if (![runs, lineCount, invoices].every((value) => Number.isInteger(value) && value >= 1) || !Number.isInteger(warmup) || warmup < 0) {
  console.error("Uso: npm run bench:certificates -- [--runs N] [--lines N] [--warmup N] [--invoices N]");
  process.exit(2);
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const content = buildSampleCertificateContent({ lineCount });

for (let index = 0; index < warmup; index++) await renderCertificatePdf({ content });

const times: number[] = [];
const hashes = new Set<string>();
let bytes = 0;
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const pdf = await renderCertificatePdf({ content });
  times.push(performance.now() - start);
  bytes = pdf.length;
  hashes.add(createHash("sha256").update(pdf).digest("hex"));
}

times.sort((left, right) => left - right);
const commission = measureCommissionCalculation({ invoices, linesPerInvoice: lineCount });
console.log(
  JSON.stringify(
    {
      certificate_ms: { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) },
      commission_ms: { p50: commission.p50, p95: commission.p95 },
      certificate: { runs, lines: lineCount, pdf_bytes: bytes, deterministic: hashes.size === 1 },
      commission,
      machine: { cpus: os.cpus().length, node: process.version },
    },
    null,
    2,
  ),
);
