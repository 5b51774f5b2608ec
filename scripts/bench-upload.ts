/**
 * Upload benchmark, printed as one JSON line:
 *   EMBEDDED_POSTGRES_PORT=54353 EMBEDDED_POSTGRES_DIR=.data/pg-bench npx tsx scripts/bench-upload.ts [--oversize-mib 1024]
 * 1. an oversized file (default 1 GiB) sent over HTTP against the 25 MiB cap: time to the 413 and peak RSS growth
 *    (memory must stay flat: the body is streamed and discarded, never buffered);
 * 2. 20 distinct 1 MiB files in one multipart request: ms per file and MiB/s (hash, type check, store, row);
 * 3. 50 concurrent identical uploads: total ms, rows and objects created (must be 1 and 1).
 * Runs against the database of ensureDatabase (use a throwaway embedded folder) and a temporary storage folder.
 */
import "./lib/load-env";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { applyMigrations } from "@/lib/database/schema-engine";

const { values } = parseArgs({ options: { "oversize-mib": { type: "string", default: "1024" } } });
const oversizeBytes = Number(values["oversize-mib"]) * 1024 * 1024;

const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
await applyMigrations(database.url);
const workDir = await mkdtemp(path.join(os.tmpdir(), "cotejo-bench-upload-"));
try {
  const { db } = await import("@/lib/db");
  const { createLocalStorage } = await import("@/lib/storage/create-local-storage");
  const { uploadInvoices } = await import("@/lib/invoices/upload-invoices");
  const rootDir = path.join(workDir, "objects");
  const storage = createLocalStorage({ rootDir });
  const tempDir = path.join(workDir, "tmp");
  const uploader = await db.user.upsert({
    where: { email: "bench-upload@cotejo.local" },
    update: {},
    create: { email: "bench-upload@cotejo.local", name: "Benchmark", role: "OPERATOR", active: false },
    select: { id: true, email: true },
  });

  const server = createServer((req, res) => {
    uploadInvoices({ contentType: req.headers["content-type"] ?? "", body: req, uploader, storage, tempDir })
      .then(({ status, body }) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body)))
      .catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  const boundary = `----cotejo${randomBytes(8).toString("hex")}`;
  const partHeader = (name: string) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`);
  const closing = Buffer.from(`\r\n--${boundary}--\r\n`);

  /** Sends the parts one chunk at a time, honouring backpressure, so the client never holds the body either. */
  const send = (parts: { name: string; chunks: () => Iterable<Buffer> }[]) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on("error", reject);
      const pieces = (function* () {
        for (const [index, part] of parts.entries()) {
          yield index === 0 ? partHeader(part.name) : Buffer.concat([Buffer.from("\r\n"), partHeader(part.name)]);
          yield* part.chunks();
        }
        yield closing;
      })();
      const pump = () => {
        for (let next = pieces.next(); !next.done; next = pieces.next()) {
          if (!req.write(next.value)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });

  let rssPeak = 0;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 10);

  // 1. oversized
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  rssPeak = rssBefore;
  const block = Buffer.alloc(64 * 1024, 0x20);
  let started = performance.now();
  const oversized = await send([
    {
      name: "enorme.pdf",
      chunks: function* () {
        yield Buffer.from("%PDF-1.7\n");
        for (let sent = 0; sent < oversizeBytes; sent += block.length) yield block;
      },
    },
  ]);
  const oversizedMs = performance.now() - started;
  const oversizedPeakGrowthMiB = (rssPeak - rssBefore) / 1024 / 1024;

  // 2. twenty distinct 1 MiB files
  const files = Array.from({ length: 20 }, (_, index) => ({
    name: `f${index}.pdf`,
    chunks: function* () {
      yield Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(1024 * 1024 - 9)]);
    },
  }));
  started = performance.now();
  const batch = await send(files);
  const batchMs = performance.now() - started;

  // 3. fifty identical uploads at once
  const same = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(200 * 1024)]);
  started = performance.now();
  const concurrent = await Promise.all(
    Array.from({ length: 50 }, (_, index) => send([{ name: `copia-${index}.pdf`, chunks: function* () { yield same; } }])),
  );
  const concurrentMs = performance.now() - started;
  const ids = new Set(concurrent.map((response) => (JSON.parse(response.body) as { files: { invoiceId?: string }[] }).files[0]?.invoiceId));
  const objects = (await readdir(rootDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;

  clearInterval(sampler);
  server.close();
  console.log(
    JSON.stringify({
      oversized: {
        bytes_sent: oversizeBytes,
        status: oversized.status,
        ms: Math.round(oversizedMs),
        rss_peak_growth_mib: Math.round(oversizedPeakGrowthMiB * 10) / 10,
      },
      batch_20x1mib: { status: batch.status, ms: Math.round(batchMs), ms_per_file: Math.round(batchMs / 20), mib_per_s: Math.round((20 / (batchMs / 1000)) * 10) / 10 },
      concurrent_50_identical: {
        ms: Math.round(concurrentMs),
        statuses: [...new Set(concurrent.map((response) => response.status))].sort(),
        distinct_ids: ids.size,
        rows: await db.invoice.count({ where: { id: { in: [...ids].filter((id): id is string => !!id) } } }),
      },
      objects_stored: objects,
    }),
  );
  await db.$disconnect();
} finally {
  await rm(workDir, { recursive: true, force: true });
  await database.stop();
}
