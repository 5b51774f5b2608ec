import os from "node:os";
import type { Worker as ThreadWorker } from "node:worker_threads";
import { createWorker, OEM, type Page, type Worker } from "tesseract.js";
import { AppError } from "@/lib/errors";
import { prepareTesseractLangDir } from "./prepare-tesseract-lang-dir";

export type TesseractPoolOptions = {
  /** Workers (one WASM engine each, single-threaded): defaults to the cores. */
  size?: number;
  /** Tesseract languages, joined with '+': Colombian invoices mix Spanish labels with English product names. */
  languages?: readonly string[];
  /** Folder holding `<lang>.traineddata.gz`; prepared from the npm data packages when absent. */
  langDir?: string;
  /** A page that takes longer is abandoned and its worker replaced (a stuck engine must not hold a slot forever). */
  jobTimeoutMs?: number;
};

export type RecognizeImageOptions = {
  /** PNG/JPEG/TIFF bytes, already prepared for OCR. */
  image: Buffer;
};

export type TesseractPoolStats = {
  size: number;
  /** Workers started and alive. */
  live: number;
  busy: number;
  queued: number;
  /** Workers started since the pool was created (more than `size` means some were replaced). */
  created: number;
};

export type TesseractPool = {
  recognize: (options: RecognizeImageOptions) => Promise<Page>;
  /** Rejects queued jobs, lets running ones finish, then terminates every worker. */
  shutdown: () => Promise<void>;
  stats: () => TesseractPoolStats;
};

type Job = {
  image: Buffer;
  resolve: (page: Page) => void;
  reject: (error: unknown) => void;
};

type Slot = {
  worker: Promise<Worker> | null;
  /** Rejects when the worker thread dies (out of memory, WASM abort), so that its job does not hang. */
  died: Promise<never> | null;
  running: Promise<void> | null;
};

const DEFAULT_JOB_TIMEOUT_MS = 120_000;

const poolClosedError = () =>
  new AppError("SERVICE_UNAVAILABLE", { message: "El motor OCR local se está deteniendo; reintente la extracción." });

const threadOf = (worker: Worker): ThreadWorker | undefined =>
  (worker as unknown as { worker?: ThreadWorker | null }).worker ?? undefined;

/**
 * A fixed number of tesseract.js workers, started on first use and reused: loading `spa+eng` costs ~0.5 s per
 * worker, a page ~0.5–2 s. Callers await their page; a worker that fails, dies or overruns its time is thrown away
 * and the next job gets a fresh one, so one bad page never takes the process or the pool down.
 */
export const createTesseractPool = ({
  size = os.availableParallelism(),
  languages = ["spa", "eng"],
  langDir,
  jobTimeoutMs = DEFAULT_JOB_TIMEOUT_MS,
}: TesseractPoolOptions = {}): TesseractPool => {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Tesseract pool size must be a positive integer, got ${size}`);
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, died: null, running: null }));
  const queue: Job[] = [];
  let created = 0;
  let closed = false;
  let langDirPromise: Promise<string> | null = null;

  const startWorker = async (slot: Slot): Promise<Worker> => {
    langDirPromise ??= langDir ? Promise.resolve(langDir) : prepareTesseractLangDir({ languages });
    const langPath = await langDirPromise;
    const worker = await createWorker([...languages], OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: "none",
      // Without a handler tesseract.js rethrows a rejected job inside its message listener: an uncaught exception.
      errorHandler: () => undefined,
    });
    created += 1;
    // Our pages are scaled to ~300 DPI; saying so spares Tesseract its resolution guess.
    await worker.setParameters({ user_defined_dpi: "300" });
    const thread = threadOf(worker);
    slot.died = new Promise<never>((_resolve, reject) => {
      thread?.once("exit", (exitCode) => reject(new Error(`Tesseract worker exited (code ${exitCode})`)));
    });
    // Only the race in runJob observes this rejection; keep it from being reported as unhandled when idle.
    slot.died.catch(() => undefined);
    return worker;
  };

  const discardWorker = async (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = null;
    slot.died = null;
    if (!worker) return;
    await worker.then((ready) => ready.terminate()).catch(() => undefined);
  };

  const runJob = async (slot: Slot, job: Job) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      slot.worker ??= startWorker(slot);
      const worker = await slot.worker;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`Tesseract job exceeded ${jobTimeoutMs} ms`)),
          jobTimeoutMs,
        );
      });
      const recognized = worker.recognize(job.image, {}, { blocks: true, text: false });
      const result = await Promise.race([recognized, timeout, ...(slot.died ? [slot.died] : [])]);
      job.resolve(result.data);
    } catch (error) {
      // Whatever went wrong, the engine's state is unknown: replace it rather than reuse it.
      await discardWorker(slot);
      job.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(timer);
    }
  };

  const pump = () => {
    for (const slot of slots) {
      if (slot.running) continue;
      const job = queue.shift();
      if (!job) return;
      slot.running = runJob(slot, job).finally(() => {
        slot.running = null;
        pump();
      });
    }
  };

  const recognize = ({ image }: RecognizeImageOptions): Promise<Page> => {
    if (closed) return Promise.reject(poolClosedError());
    return new Promise<Page>((resolve, reject) => {
      queue.push({ image, resolve, reject });
      pump();
    });
  };

  const shutdown = async () => {
    closed = true;
    for (const job of queue.splice(0)) job.reject(poolClosedError());
    await Promise.all(slots.map((slot) => slot.running));
    await Promise.all(slots.map((slot) => discardWorker(slot)));
  };

  const stats = (): TesseractPoolStats => ({
    size,
    live: slots.filter((slot) => slot.worker !== null).length,
    busy: slots.filter((slot) => slot.running !== null).length,
    queued: queue.length,
    created,
  });

  return { recognize, shutdown, stats };
};
