/**
 * npm run bench:ubl [-- --runs 200 --dir <folder with .xml> ...]: times extractUbl (bytes in, result out, CUFE
 * check included) on every UBL document of the folders (default: the DIAN sample kit and the AttachedDocument
 * fixture), and the rejection of every attack fixture. Prints JSON; times in milliseconds.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { extractUbl } from "@/lib/extraction/ubl/extract-ubl";
import { percentile } from "./lib/latency";

const ROOT = path.resolve(import.meta.dirname, "..");
const ATTACKS = path.join(ROOT, "lib/extraction/ubl/fixtures/attacks");
const SETP_KEY = "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    dir: { type: "string", multiple: true },
    key: { type: "string", default: SETP_KEY },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error("Uso: npm run bench:ubl -- [--runs N] [--dir carpeta ...] [--key clave_tecnica]");
  process.exit(2);
}
const dirs = values.dir ?? [path.join(ROOT, "lib/extraction/ubl/fixtures/dian"), path.join(ROOT, "lib/extraction/ubl/fixtures")];
const documents = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.toLowerCase().endsWith(".xml"))
    .map((file) => ({ file: path.join(dir, file), bytes: readFileSync(path.join(dir, file)) })),
);
const attacks = Object.entries(
  JSON.parse(readFileSync(path.join(ATTACKS, "expected-codes.json"), "utf8")) as Record<string, string>,
).map(([file, code]) => ({ file, code, bytes: readFileSync(path.join(ATTACKS, file)) }));

const round = (ms: number) => Math.round(ms * 1000) / 1000;

const failures: string[] = [];
const time = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

// Warm-up so the JIT, not the first call, is measured.
for (const { bytes } of documents) for (let index = 0; index < 20; index++) extractUbl({ xml: bytes, technicalKey: values.key });

const parseTimes: number[] = [];
for (let run = 0; run < runs; run++) {
  for (const { file, bytes } of documents) {
    parseTimes.push(
      time(() => {
        try {
          extractUbl({ xml: bytes, technicalKey: values.key });
        } catch (error) {
          if (run === 0) failures.push(`${path.basename(file)}: ${error instanceof AppError ? error.code : String(error)}`);
        }
      }),
    );
  }
}

const rejectTimes: number[] = [];
const rejectTimesByFile = new Map<string, number[]>(attacks.map(({ file }) => [file, []]));
for (let run = 0; run < runs; run++) {
  for (const { file, code, bytes } of attacks) {
    const elapsed = time(() => {
      try {
        extractUbl({ xml: bytes });
        if (run === 0) failures.push(`${file}: aceptado, se esperaba ${code}`);
      } catch (error) {
        const got = error instanceof AppError ? error.code : String(error);
        if (run === 0 && got !== code) failures.push(`${file}: ${got}, se esperaba ${code}`);
      }
    });
    rejectTimes.push(elapsed);
    rejectTimesByFile.get(file)?.push(elapsed);
  }
}

parseTimes.sort((a, b) => a - b);
rejectTimes.sort((a, b) => a - b);
console.log(
  JSON.stringify(
    {
      documents: documents.length,
      runs,
      parse_ms: { p50: round(percentile(parseTimes, 50)), p95: round(percentile(parseTimes, 95)) },
      attack_reject_ms: {
        p50: round(percentile(rejectTimes, 50)),
        p95: round(percentile(rejectTimes, 95)),
        max: round(rejectTimes.at(-1) ?? 0),
      },
      attacks: attacks.length,
      attack_ms_by_file: Object.fromEntries(
        [...rejectTimesByFile].map(([file, times]) => {
          const sorted = [...times].sort((a, b) => a - b);
          return [file, { p50: round(percentile(sorted, 50)), max: round(sorted.at(-1) ?? 0) }];
        }),
      ),
      failures,
    },
    null,
    2,
  ),
);
if (failures.length > 0) process.exitCode = 1;
