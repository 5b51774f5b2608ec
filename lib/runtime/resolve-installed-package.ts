import path from "node:path";

/**
 * Where an installed package's file lives, or null when it is not installed. Node's resolver is taken from the
 * builtin at run time: in code bundled by Turbopack a `createRequire(...).resolve` is rewritten into a stub that
 * always throws, which made installed packages look missing in the built app. The app runs from the repository root.
 */
export const resolveInstalledPackage = (specifier: string): string | null => {
  try {
    const { createRequire } = process.getBuiltinModule("node:module");
    return createRequire(path.join(process.cwd(), "package.json")).resolve(specifier);
  } catch {
    return null;
  }
};
