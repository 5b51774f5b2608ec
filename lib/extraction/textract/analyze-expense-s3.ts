import {
  GetExpenseAnalysisCommand,
  StartExpenseAnalysisCommand,
  type ExpenseDocument,
  type GetExpenseAnalysisResponse,
  type TextractClient,
} from "@aws-sdk/client-textract";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { mapExpenseDocuments } from "./map-expense-documents";
import { TextractError } from "./textract-error";
import { withTextractRetry, type TextractRetryPolicy } from "./with-textract-retry";

export type AnalyzeExpenseS3Options = {
  client: TextractClient;
  bucket: string;
  key: string;
  /**
   * Idempotency token (e.g. the file's SHA-256 prefix): a retried pipeline step that starts the same job again gets
   * the same JobId back instead of paying for a second analysis. Letters, digits, '-' and '_', at most 64.
   */
  clientRequestToken?: string;
  sourceType?: "PDF" | "IMAGE";
  pollIntervalMs?: number;
  /** After this long IN_PROGRESS, give up with a retriable error. */
  maxWaitMs?: number;
  retry?: TextractRetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asynchronous expense analysis of a multi-page document already in S3: StartExpenseAnalysis, poll
 * GetExpenseAnalysis until the job leaves IN_PROGRESS, then follow NextToken through every page of results.
 */
export const analyzeExpenseS3 = async ({
  client,
  bucket,
  key,
  clientRequestToken,
  sourceType = "PDF",
  pollIntervalMs = 2_000,
  maxWaitMs = 15 * 60_000,
  retry,
  sleep = defaultSleep,
  now = Date.now,
}: AnalyzeExpenseS3Options): Promise<TExtractionResult> => {
  const started = await withTextractRetry({
    ...retry,
    operation: () =>
      client.send(
        new StartExpenseAnalysisCommand({
          DocumentLocation: { S3Object: { Bucket: bucket, Name: key } },
          ClientRequestToken: clientRequestToken,
        }),
      ),
  });
  const jobId = started.JobId;
  if (!jobId) {
    throw new TextractError({ message: "Textract no devolvió un JobId.", textractCode: "MissingJobId", retriable: true });
  }
  const getPage = (nextToken?: string) =>
    withTextractRetry({
      ...retry,
      operation: () => client.send(new GetExpenseAnalysisCommand({ JobId: jobId, NextToken: nextToken })),
    });

  const deadline = now() + maxWaitMs;
  let response: GetExpenseAnalysisResponse = await getPage();
  while (response.JobStatus === "IN_PROGRESS") {
    if (now() >= deadline) {
      throw new TextractError({
        message: `El análisis de Textract (${jobId}) sigue en curso después de ${Math.round(maxWaitMs / 1000)} s; se reintentará.`,
        textractCode: "JobTimeout",
        retriable: true,
      });
    }
    await sleep(pollIntervalMs);
    response = await getPage();
  }
  if (response.JobStatus !== "SUCCEEDED" && response.JobStatus !== "PARTIAL_SUCCESS") {
    throw new TextractError({
      message: `El análisis asíncrono de Textract terminó con error: ${response.StatusMessage ?? response.JobStatus ?? "sin estado"}.`,
      textractCode: "JobFailed",
      retriable: false,
    });
  }

  const documents: ExpenseDocument[] = [...(response.ExpenseDocuments ?? [])];
  const pageCount = response.DocumentMetadata?.Pages;
  const partial = response.JobStatus === "PARTIAL_SUCCESS";
  const seenTokens = new Set<string>();
  while (response.NextToken) {
    // A token seen twice would loop forever; Textract never does that, a broken proxy might.
    if (seenTokens.has(response.NextToken)) break;
    seenTokens.add(response.NextToken);
    response = await getPage(response.NextToken);
    documents.push(...(response.ExpenseDocuments ?? []));
  }

  const result = mapExpenseDocuments({ documents, sourceType, pageCount });
  if (partial) {
    result.warnings.push({
      code: "TEXTRACT_PARTIAL_SUCCESS",
      message: "Textract solo pudo analizar parte de las páginas; revise la factura completa.",
    });
  }
  return result;
};
