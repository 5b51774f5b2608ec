import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ObjectStorage } from "@/lib/storage/types";
import { ingestUpload } from "./ingest-upload";
import type { IntakeItem, IntakeSummary } from "./intake-types";

export type IntakeOutcome = { name: string; status: "created" | "duplicate" | "rejected"; invoiceId?: string; code?: string };

export type RunIntakeOptions = {
  items: IntakeItem[];
  uploader: { id: string; email: string };
  /** Files in flight at once; the work is mostly hashing and I/O. */
  concurrency?: number;
  onOutcome?: (outcome: IntakeOutcome) => void;
  storage?: ObjectStorage;
  maxBytes?: number;
  tempDir?: string;
};

/**
 * Feeds every listed file through the same ingestUpload as the upload API and tallies the outcome. A failing
 * file never stops the run; its code and message land in the summary.
 */
export const runIntake = async ({ items, uploader, concurrency = 2, onOutcome, storage, maxBytes = getEnv().UPLOAD_MAX_BYTES, tempDir }: RunIntakeOptions): Promise<IntakeSummary> => {
  const summary: IntakeSummary = { total: items.length, accepted: 0, duplicates: 0, rejected: 0, reasons: {}, rejections: [] };
  let next = 0;

  const processItem = async (item: IntakeItem): Promise<IntakeOutcome> => {
    try {
      // The listing knows the size: a file over the cap is refused without reading it (ingestUpload would drain it).
      if (item.sizeBytes > maxBytes) {
        throw new AppError("FILE_TOO_LARGE", { message: `El archivo supera el máximo permitido de ${maxBytes} bytes.` });
      }
      const result = await ingestUpload({ stream: await item.open(), fileName: item.name, uploader, storage, maxBytes, tempDir });
      if (result.isDuplicate) summary.duplicates += 1;
      else summary.accepted += 1;
      return { name: item.name, status: result.isDuplicate ? "duplicate" : "created", invoiceId: result.id };
    } catch (error) {
      const code = error instanceof AppError ? error.code : "INTERNAL";
      const message = error instanceof Error ? error.message : String(error);
      summary.rejected += 1;
      summary.reasons[code] = (summary.reasons[code] ?? 0) + 1;
      summary.rejections.push({ name: item.name, code, message });
      return { name: item.name, status: "rejected", code };
    }
  };

  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      // Not `onOutcome?.(await …)`: optional chaining would skip the whole call, processing included.
      const outcome = await processItem(item);
      onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  summary.rejections.sort((a, b) => a.name.localeCompare(b.name));
  return summary;
};
