const LEVEL_NAMES: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
const OMITTED = new Set(["level", "time", "msg", "pid", "hostname", "service", "requestId", "err"]);

/**
 * One of pino's JSON lines as a line a person reads in a terminal: time, level, request id, message, the other
 * fields as key=value, and an error's stack below.
 */
export const formatReadableLogLine = (jsonLine: string): string => {
  const entry = JSON.parse(jsonLine) as Record<string, unknown>;
  const time = typeof entry.time === "number" ? new Date(entry.time).toISOString().slice(11, 23) : "";
  const level = LEVEL_NAMES[Number(entry.level)] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const head = [time, level.padEnd(5), entry.requestId ? `[${String(entry.requestId)}]` : "", String(entry.msg ?? ""), ...fields]
    .filter(Boolean)
    .join(" ");
  const error = entry.err as { stack?: string; message?: string } | undefined;
  return error ? `${head}\n${error.stack ?? error.message ?? JSON.stringify(error)}\n` : `${head}\n`;
};
