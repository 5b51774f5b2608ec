import { createHash } from "node:crypto";
import { copyFile, mkdir, rename, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { resolveInstalledPackage } from "@/lib/runtime/resolve-installed-package";

export type PrepareTesseractLangDirOptions = {
  /** Tesseract language codes; each needs its @tesseract.js-data/<code> package. */
  languages: readonly string[];
  /** Where to gather the files; defaults to a folder under the OS temp directory. */
  cacheDir?: string;
};

/** The npm data packages hold one language each; `best_int` is the integer-quantized "best" model (fast, accurate). */
const traineddataPath = (language: string): string => {
  const packageJson = resolveInstalledPackage(`@tesseract.js-data/${language}/package.json`);
  if (!packageJson) throw new Error(`@tesseract.js-data/${language} is not installed`);
  return path.join(path.dirname(packageJson), "4.0.0_best_int", `${language}.traineddata.gz`);
};

/**
 * tesseract.js loads every language of `spa+eng` from one `langPath`, while npm installs each language in its own
 * package: copy them side by side once (copy, not symlink, so a pruned node_modules cannot break a running pool).
 * Returns the folder to pass as `langPath`.
 */
export const prepareTesseractLangDir = async ({ languages, cacheDir }: PrepareTesseractLangDirOptions): Promise<string> => {
  const sources = languages.map((language) => ({ language, source: traineddataPath(language) }));
  const fingerprint = createHash("sha256")
    .update(sources.map(({ source }) => source).join("\n"))
    .digest("hex")
    .slice(0, 12);
  const dir = cacheDir ?? path.join(os.tmpdir(), `cotejo-tesseract-${fingerprint}`);
  await mkdir(dir, { recursive: true });
  for (const { language, source } of sources) {
    const target = path.join(dir, `${language}.traineddata.gz`);
    const sourceSize = (await stat(source)).size;
    const targetSize = await stat(target).then((info) => info.size, () => -1);
    if (targetSize === sourceSize) continue;
    // Copy then rename, so that a second process starting at the same time never reads a half-written file.
    const partial = `${target}.${process.pid}.${Date.now()}.partial`;
    await copyFile(source, partial);
    await rename(partial, target);
  }
  return dir;
};
