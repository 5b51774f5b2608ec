import { AnalyzeExpenseCommand, type TextractClient } from "@aws-sdk/client-textract";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { mapExpenseDocuments } from "./map-expense-documents";
import { withTextractRetry, type TextractRetryPolicy } from "./with-textract-retry";

export type AnalyzeExpenseBytesOptions = {
  client: TextractClient;
  /** A PNG/JPEG image or a one-page PDF/TIFF (sync AnalyzeExpense takes up to 10 MB and one page). */
  bytes: Uint8Array;
  sourceType: "PDF" | "IMAGE";
  retry?: TextractRetryPolicy;
};

/** Synchronous AnalyzeExpense for an image or a one-page document; multi-page PDFs go through analyzeExpenseS3. */
export const analyzeExpenseBytes = async ({ client, bytes, sourceType, retry }: AnalyzeExpenseBytesOptions): Promise<TExtractionResult> => {
  const response = await withTextractRetry({
    ...retry,
    operation: () => client.send(new AnalyzeExpenseCommand({ Document: { Bytes: bytes } })),
  });
  return mapExpenseDocuments({
    documents: response.ExpenseDocuments ?? [],
    sourceType,
    pageCount: response.DocumentMetadata?.Pages,
  });
};
