import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** What `next build` reads; tests and e2e specs are left out so editing them does not force a rebuild. */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "inngest",
  "public",
  "types",
  "prisma/schema.prisma",
  "next.config.mjs",
  "proxy.ts",
  "instrumentation-client.ts",
  "tsconfig.json",
  "package-lock.json",
];
const IGNORED = /(^|\/)(generated|node_modules)(\/|$)|\.test\.tsx?$/;

const listFiles = async (entry: string): Promise<string[]> => {
  if (!existsSync(entry) || IGNORED.test(entry)) return [];
  const dirents = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!dirents) return [entry];
  const nested = await Promise.all(dirents.map((dirent) => listFiles(path.join(entry, dirent.name))));
  return nested.flat();
};

/** A hash of every build input's path and content: the build is stale when it differs from the stored one. */
export const computeBuildFingerprint = async (root = "."): Promise<string> => {
  const files = (await Promise.all(BUILD_INPUTS.map((input) => listFiles(path.join(root, input))))).flat().sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
};

export const BUILD_FINGERPRINT_FILE = path.join(".next", "cotejo-build-fingerprint");

export const readStoredBuildFingerprint = async (): Promise<string | null> =>
  existsSync(BUILD_FINGERPRINT_FILE) && existsSync(path.join(".next", "BUILD_ID"))
    ? (await readFile(BUILD_FINGERPRINT_FILE, "utf8")).trim()
    : null;
