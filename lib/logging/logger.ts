import type { Logger } from "pino";
import { getEnv } from "@/lib/env";
import { createLogger } from "./create-logger";

const globalForLogger = globalThis as { cotejoLogger?: Logger };

/** The application's logger: JSON lines in production, readable lines in local mode; level from LOG_LEVEL. */
export const getLogger = (): Logger => {
  globalForLogger.cotejoLogger ??= createLogger({ level: getEnv().LOG_LEVEL, format: getEnv().APP_ENV === "production" ? "json" : "readable" });
  return globalForLogger.cotejoLogger;
};
