import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const NEXT_BIN = require.resolve("next/dist/bin/next");

export const spawnNext = (args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess =>
  spawn(process.execPath, [NEXT_BIN, ...args], { stdio: "inherit", env });

export const runNext = (args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> =>
  new Promise((resolve) => {
    spawnNext(args, env).on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
