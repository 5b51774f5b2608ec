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

const stopProcess = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
};

/**
 * Keeps the launcher alive while its servers run; when one exits, the others are stopped too. Ctrl-C or SIGTERM
 * runs `beforeStop` (the local Inngest executor hands its runs back), stops the servers, and then runs `afterStop`
 * (stopping the database), so PostgreSQL never shuts down under a live server. Returns the shutdown, for failures
 * the launcher detects itself.
 */
export const superviseServers = (
  servers: ChildProcess[],
  afterStop: () => Promise<void>,
  beforeStop: () => Promise<void> = async () => undefined,
) => {
  let isStopping = false;
  const shutdown = async (exitCode: number) => {
    if (isStopping) return;
    isStopping = true;
    await beforeStop();
    await Promise.all(servers.map(stopProcess));
    await afterStop();
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  for (const server of servers) server.on("exit", (code) => void shutdown(code ?? 0));
  return shutdown;
};
