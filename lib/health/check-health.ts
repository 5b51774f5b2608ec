import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";
import { getBackgroundEngineMode, getEnv, getStorageMode, type TEnv } from "@/lib/env";
import { ZHealthReport, ZLocalExecutorHealth, type TComponentHealth, type THealthReport } from "./schemas";
import { resolveInstalledPackage } from "@/lib/runtime/resolve-installed-package";

const CHECK_TIMEOUT_MS = 2000;
const REQUIRED_EXTENSIONS = ["pg_trgm", "unaccent"];

const timed = async (check: () => Promise<Omit<TComponentHealth, "latencyMs">>): Promise<TComponentHealth> => {
  const startedAt = performance.now();
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`sin respuesta en ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
  );
  try {
    const result = await Promise.race([check(), timeout]);
    return { ...result, latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    return { status: "down", detail: error instanceof Error ? error.message : String(error) };
  }
};

const checkDatabase = () =>
  timed(async () => {
    const rows = await db.$queryRaw<{ extname: string }[]>`SELECT extname FROM pg_extension`;
    const missing = REQUIRED_EXTENSIONS.filter((name) => !rows.some((row) => row.extname === name));
    return missing.length === 0
      ? { status: "ok", detail: "PostgreSQL responde; pg_trgm y unaccent activos" }
      : { status: "degraded", detail: `Faltan extensiones: ${missing.join(", ")}` };
  });

// The driver's own check: a write probe in the local folder, HeadBucket on S3.
const checkStorage = (env: TEnv) =>
  timed(async () => {
    const health = await getStorage().checkHealth();
    if (!health.ok) throw new Error(health.message ?? "almacenamiento no disponible");
    return {
      status: "ok",
      detail: health.driver === "s3" ? `Bucket S3 ${env.S3_BUCKET} accesible` : `Archivos locales en ${env.STORAGE_DIR}`,
    };
  });

/** Reports what is installed and configured; extraction itself is exercised by its own tests. */
const checkOcr = async (env: TEnv): Promise<TComponentHealth> => {
  if (env.OCR_ENGINE === "textract") return { status: "ok", detail: `AWS Textract en ${env.AWS_REGION}` };
  return resolveInstalledPackage("tesseract.js")
    ? { status: "ok", detail: "Motor OCR local (tesseract.js) instalado" }
    : { status: "unavailable", detail: "El motor OCR local aún no está instalado en esta versión" };
};

// npm start/dev point the app at the executor they start (INNGEST_DEV); a bare `next start` has none.
const checkLocalExecutor = (env: TEnv) =>
  timed(async () => {
    if (!env.INNGEST_DEV) {
      return { status: "unavailable", detail: "Sin ejecutor local: inicie la aplicación con npm start o npm run dev" };
    }
    const response = await fetch(new URL("/health", env.INNGEST_DEV), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`El ejecutor local respondió ${response.status}`);
    const { functions } = ZLocalExecutorHealth.parse(await response.json());
    return functions > 0
      ? { status: "ok", detail: `Ejecutor local en ${env.INNGEST_DEV}: ${functions} funciones sincronizadas` }
      : { status: "degraded", detail: `Ejecutor local en ${env.INNGEST_DEV}: aún no sincroniza las funciones` };
  });

const checkBackground = async (env: TEnv): Promise<TComponentHealth> => {
  switch (getBackgroundEngineMode(env)) {
    case "inngest-self-hosted":
      return { status: "ok", detail: `Servidor Inngest propio en ${env.INNGEST_BASE_URL}` };
    case "inngest-cloud":
      return { status: "ok", detail: "Inngest Cloud" };
    case "local-executor":
      return checkLocalExecutor(env);
  }
};

export const checkHealth = async (): Promise<THealthReport> => {
  const env = getEnv();
  const [database, storage, ocr, background] = await Promise.all([
    checkDatabase(),
    checkStorage(env),
    checkOcr(env),
    checkBackground(env),
  ]);
  const isEverythingOk = [database, storage, ocr, background].every((component) => component.status === "ok");
  return ZHealthReport.parse({
    status: database.status === "down" ? "down" : isEverythingOk ? "ok" : "degraded",
    appEnv: env.APP_ENV,
    database,
    storage: { ...storage, driver: getStorageMode(env) },
    ocr: { ...ocr, engine: env.OCR_ENGINE },
    background: { ...background, mode: getBackgroundEngineMode(env) },
    checkedAt: new Date().toISOString(),
  });
};
