import path from "node:path";
import { AppError } from "@/lib/errors";

export type IntakeSource = { kind: "folder"; dir: string } | { kind: "s3"; bucket: string; prefix: string };

export type ParseIntakeSourceOptions = { source: string; cwd?: string };

/** `s3://bucket/prefix/` or a folder path (relative to `cwd`). */
export const parseIntakeSource = ({ source, cwd = process.cwd() }: ParseIntakeSourceOptions): IntakeSource => {
  const trimmed = source.trim();
  if (trimmed === "") throw new AppError("INVALID_INPUT", { message: "Indique una carpeta o un prefijo s3://bucket/prefijo." });
  if (!/^s3:\/\//i.test(trimmed)) return { kind: "folder", dir: path.resolve(cwd, trimmed) };
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/i.exec(trimmed);
  if (!match) throw new AppError("INVALID_INPUT", { message: `«${trimmed}» no es un prefijo S3 válido (s3://bucket/prefijo).` });
  return { kind: "s3", bucket: match[1]!, prefix: match[2] ?? "" };
};
