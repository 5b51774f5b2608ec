import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { IntakeItem } from "./intake-types";

export type ListIntakeFolderOptions = { dir: string };

/**
 * Every regular file under `dir`, recursively, in name order. Hidden entries (".DS_Store", ".partial" uploads of
 * a transfer in progress) and symbolic links are skipped, so the intake never leaves the folder it was given.
 */
export const listIntakeFolder = async ({ dir }: ListIntakeFolderOptions): Promise<IntakeItem[]> => {
  const root = await stat(dir).catch(() => null);
  if (!root?.isDirectory()) throw new AppError("NOT_FOUND", { message: `La carpeta «${dir}» no existe.` });
  const items: IntakeItem[] = [];
  const walk = async (current: string) => {
    const entries = (await readdir(current, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const fullPath = path.join(current, entry.name);
      if (entry.isDirectory()) await walk(fullPath);
      else if (entry.isFile()) {
        const { size } = await stat(fullPath);
        items.push({ name: path.relative(dir, fullPath), sizeBytes: size, open: async () => createReadStream(fullPath) });
      }
    }
  };
  await walk(dir);
  return items;
};
