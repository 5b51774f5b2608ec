/**
 * The whole product as the fault test, the pipeline benchmark and the pipeline end-to-end check drive it: a
 * throwaway database on the test PostgreSQL, and the real launcher (`scripts/start.ts`: migrations, seed, build
 * when stale, `next start` and the local Inngest executor) in its own process group, so that it can be killed with
 * SIGKILL at any moment and started again on the same database and storage folder.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { E2E_USERS } from "@/e2e/fixtures/users";
import type { TRole } from "@/lib/auth/schemas";
import { createTestDatabase, prepareTemplateDatabase, startTestPostgres } from "@/lib/testing/test-postgres";

export const findFreePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

export type StackDatabase = { url: string; stop: () => Promise<void> };

/** A fresh database named `name` on the test PostgreSQL (started here unless TEST_POSTGRES_ADMIN_URL is given). */
export const startStackDatabase = async (name: string): Promise<StackDatabase> => {
  const server = process.env.TEST_POSTGRES_ADMIN_URL
    ? { url: process.env.TEST_POSTGRES_ADMIN_URL, stop: async () => undefined }
    : await startTestPostgres();
  if (!process.env.TEST_POSTGRES_TEMPLATE_READY) await prepareTemplateDatabase(server.url);
  const url = await createTestDatabase(server.url, name);
  return { url, stop: server.stop };
};

export type AppOptions = {
  databaseUrl: string;
  port: number;
  storageDir: string;
  /** Extra settings for this run (e.g. OCR_SIMULATED_LATENCY_MS). */
  env?: Record<string, string>;
  /** Where the launcher's output goes; the default discards it. */
  output?: "inherit" | "ignore";
};

export type RunningApp = { baseUrl: string; process: ChildProcess; kill: (signal?: NodeJS.Signals) => Promise<void> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const waitForHealth = async (baseUrl: string, child: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The app exited (${child.exitCode ?? child.signalCode})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error(`The app did not become healthy within ${timeoutMs} ms`);
};

/** Starts `scripts/start.ts` in a new process group and waits until /api/health answers 200. */
export const launchApp = async ({ databaseUrl, port, storageDir, env = {}, output = "ignore" }: AppOptions): Promise<RunningApp> => {
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", output, output],
    env: {
      // One benchmark user sends hundreds of uploads a minute, far past the per-operator limit meant for people.
      RATE_LIMIT_UPLOADS_PER_MINUTE: "100000",
      ...process.env,
      ...env,
      DATABASE_URL: databaseUrl,
      APP_ENV: "local",
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      STORAGE_DIR: storageDir,
      SEED_ADMIN_PASSWORD: E2E_USERS.ADMIN.password,
      SEED_OPERATOR_PASSWORD: E2E_USERS.OPERATOR.password,
      SEED_VIEWER_PASSWORD: E2E_USERS.VIEWER.password,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const kill = async (signal: NodeJS.Signals = "SIGKILL") => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is already gone
      }
    }
    await exited;
    // next start and the launcher share the group; give the port a moment to be released
    await sleep(200);
  };
  try {
    await waitForHealth(baseUrl, child, 10 * 60_000);
  } catch (error) {
    await kill();
    throw error;
  }
  return { baseUrl, process: child, kill };
};

export const createStorageDir = () => mkdtemp(path.join(os.tmpdir(), "cotejo-stack-objects-"));

/** Signs in through next-auth's credentials provider and returns the cookie header for API calls. */
export const signIn = async (baseUrl: string, role: TRole): Promise<string> => {
  const { email, password } = E2E_USERS[role];
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return session.split(";")[0]!;
};

export type UploadFile = { name: string; bytes: Uint8Array; type: string };
export type UploadResult = { fileName: string; status: "created" | "duplicate" | "rejected"; invoiceId?: string };

/** POST /api/invoices with the files as one multipart body. */
export const uploadFiles = async (baseUrl: string, cookie: string, files: UploadFile[]): Promise<UploadResult[]> => {
  const form = new FormData();
  for (const file of files) form.append("files", new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name);
  const response = await fetch(`${baseUrl}/api/invoices`, { method: "POST", headers: { cookie }, body: form });
  const body = (await response.json()) as { files?: UploadResult[] };
  if (!body.files) throw new Error(`Upload answered ${response.status}: ${JSON.stringify(body)}`);
  return body.files;
};

