import { createHash } from "node:crypto";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";

export type CatalogLoadSource = { kind: "generated"; rows: number; seed: number } | { kind: "file"; path: string };

export type LoadSourceDescription = {
  kind: "generated" | "file";
  fingerprint: string;
  description: string;
  totalRows: number | null;
  totalBytes: number | null;
  /** How many product ids the load may use: one per generator index or per possible line of the file. */
  idRange: number;
  defaultRejectsPath: string;
};

const FINGERPRINT_BYTES = 1024 * 1024;

/**
 * What identifies a load for resuming: the generator parameters, or the file's absolute path, size and the
 * SHA-256 of its first megabyte (a changed export is a new load, not a resume of the old one).
 */
export const describeLoadSource = async (source: CatalogLoadSource): Promise<LoadSourceDescription> => {
  if (source.kind === "generated") {
    if (!Number.isSafeInteger(source.rows) || source.rows < 0) throw new AppError("INVALID_INPUT", { message: "--rows debe ser un entero no negativo." });
    if (!Number.isSafeInteger(source.seed)) throw new AppError("INVALID_INPUT", { message: "--seed debe ser un entero." });
    const fingerprint = `generated:rows=${source.rows}:seed=${source.seed}`;
    const id = createHash("sha256").update(fingerprint).digest("hex").slice(0, 12);
    return {
      kind: "generated",
      fingerprint,
      description: `${source.rows} productos generados (semilla ${source.seed})`,
      totalRows: source.rows,
      totalBytes: null,
      idRange: source.rows,
      defaultRejectsPath: path.resolve(".data", `catalog-load-${id}.rejects.csv`),
    };
  }
  const absolute = path.resolve(source.path);
  const info = await stat(absolute).catch(() => {
    throw new AppError("INVALID_INPUT", { message: `No se encontró el archivo ${absolute}.` });
  });
  if (!info.isFile()) throw new AppError("INVALID_INPUT", { message: `${absolute} no es un archivo.` });
  const handle = await open(absolute, "r");
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(Math.min(FINGERPRINT_BYTES, info.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const digest = createHash("sha256").update(head).digest("hex");
  return {
    kind: "file",
    fingerprint: `file:${absolute}:${info.size}:${digest}`,
    description: `archivo ${absolute} (${info.size} bytes)`,
    totalRows: null,
    totalBytes: info.size,
    idRange: info.size + 2,
    defaultRejectsPath: `${absolute.replace(/\.csv$/i, "")}.rejects.csv`,
  };
};
