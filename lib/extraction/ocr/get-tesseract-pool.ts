import { ZEnv } from "@/lib/env";
import { createTesseractPool, type TesseractPool } from "./tesseract-pool";

let sharedPool: TesseractPool | undefined;

/**
 * The process-wide pool (sized by OCR_WORKERS, else the cores), created on first use. Its worker threads keep the
 * event loop alive: a script that used it calls `shutdown()` when done (a server just exits; threads die with it).
 * Reads process.env directly rather than getEnv(): OCR also runs in scripts that have no DATABASE_URL.
 */
export const getTesseractPool = (): TesseractPool => {
  sharedPool ??= createTesseractPool({ size: ZEnv.shape.OCR_WORKERS.parse(process.env.OCR_WORKERS) });
  return sharedPool;
};
