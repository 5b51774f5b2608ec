/**
 * npm run bench:ocr -- [--pages 12] [--workers N] [--dpi 250] [--langs spa+eng]
 * OCRs generated A4 invoice pages (scan-like: slight skew and blur) with the local engine and prints JSON:
 * { pages, workers, dpi, ms_per_page: { p50, p95 }, pages_per_minute, word_recall, ... }.
 * ms_per_page is one page's time from bytes to words (preparation + OCR) with as many pages in flight as workers,
 * so it is the per-core cost on an idle machine; cpu_ms_per_page is the CPU spent per page by every thread, which
 * stays meaningful when other processes share the cores; pages_per_minute is the pool's throughput.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { readImageWords } from "@/lib/extraction/ocr/read-image-words";
import { createTesseractPool } from "@/lib/extraction/ocr/tesseract-pool";
import { renderTextPage } from "@/lib/extraction/ocr/testing/render-text-page";
import { sampleInvoiceLines } from "@/lib/extraction/ocr/testing/sample-invoice-lines";
import { percentile } from "./lib/latency";

const { values } = parseArgs({
  options: {
    pages: { type: "string", default: "12" },
    workers: { type: "string", default: process.env.OCR_WORKERS || String(os.availableParallelism()) },
    dpi: { type: "string", default: "250" },
    langs: { type: "string", default: "spa+eng" },
  },
});
const pageCount = Number(values.pages);
const workers = Number(values.workers);
const dpi = Number(values.dpi);
const languages = values.langs.split("+");


const pages = await Promise.all(
  Array.from({ length: pageCount }, async (_, seed) => {
    const page = renderTextPage({ lines: sampleInvoiceLines({ seed }), dpi });
    // A scanner's few tenths of a degree of skew and a little softness.
    const angle = ((seed % 5) - 2) * 0.3;
    const scanned = await sharp(page.png)
      .rotate(angle, { background: "#ffffff" })
      .blur(0.6)
      .jpeg({ quality: 85 })
      .toBuffer();
    return { bytes: scanned, expected: page.words.map((word) => word.text) };
  }),
);

const pool = createTesseractPool({ size: workers, languages });
const warmStart = performance.now();
// Start every worker before timing: worker start-up is paid once per process, not per page.
const warmup = renderTextPage({ lines: [{ text: "Calentamiento 123", xIn: 1, yIn: 1 }], dpi: 150, widthIn: 4, heightIn: 2 });
await Promise.all(Array.from({ length: workers }, () => pool.recognize({ image: warmup.png })));
const workerStartMs = performance.now() - warmStart;

const durations: number[] = [];
let matched = 0;
let expectedTotal = 0;
let wordsTotal = 0;
let next = 0;
const started = performance.now();
const cpuBefore = process.cpuUsage();
await Promise.all(
  Array.from({ length: workers }, async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      const t0 = performance.now();
      const [result] = await readImageWords({ bytes: page.bytes, pool });
      durations.push(performance.now() - t0);
      const read = new Map<string, number>();
      for (const word of result?.words ?? []) read.set(word.text, (read.get(word.text) ?? 0) + 1);
      for (const word of page.expected) {
        const left = read.get(word) ?? 0;
        if (left > 0) {
          matched += 1;
          read.set(word, left - 1);
        }
      }
      expectedTotal += page.expected.length;
      wordsTotal += result?.words.length ?? 0;
    }
  }),
);
const elapsedMs = performance.now() - started;
// CPU time of all threads (main, libvips, tesseract workers): the per-page cost independent of how busy the
// machine is, which wall time is not when other processes share the cores.
const cpu = process.cpuUsage(cpuBefore);
await pool.shutdown();

const sorted = [...durations].sort((a, b) => a - b);
console.log(
  JSON.stringify(
    {
      pages: pageCount,
      workers,
      cores: os.availableParallelism(),
      dpi,
      languages: values.langs,
      ms_per_page: { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)) },
      cpu_ms_per_page: Math.round((cpu.user + cpu.system) / 1000 / pageCount),
      pages_per_minute: Math.round((pageCount / elapsedMs) * 60_000 * 10) / 10,
      words_per_page: Math.round(wordsTotal / pageCount),
      word_recall: Math.round((matched / expectedTotal) * 1000) / 1000,
      worker_start_ms: Math.round(workerStartMs),
      loadavg_1m: Math.round(os.loadavg()[0]! * 100) / 100,
    },
    null,
    2,
  ),
);
