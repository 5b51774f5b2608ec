import pino, { type Logger } from "pino";
import { formatReadableLogLine } from "./format-readable-log-line";
import { requestContext } from "./request-context";

export type CreateLoggerOptions = {
  level: pino.LevelWithSilent;
  /** json: one JSON object per line (production, for the log pipeline); readable: one line a person reads. */
  format: "json" | "readable";
  write?: (text: string) => void;
};

/** A pino logger whose every line, while an API request runs, carries that request's id. */
export const createLogger = ({ level, format, write = (text) => process.stdout.write(text) }: CreateLoggerOptions): Logger =>
  pino(
    {
      level,
      base: { service: "cotejo" },
      mixin: () => {
        const context = requestContext.getStore();
        return context ? { requestId: context.requestId } : {};
      },
    },
    // No transport worker and no pino-pretty: the readable form is the same entry, formatted in this thread.
    { write: format === "json" ? write : (line: string) => write(formatReadableLogLine(line)) },
  );
