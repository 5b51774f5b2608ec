import { ZEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TExtractionResult } from "@/lib/extraction/schemas";
import { TextractError } from "@/lib/extraction/textract/textract-error";

export type OcrEngineMode = "local" | "textract" | "auto";

export type ChooseOcrEngineOptions = {
  /** Defaults to OCR_ENGINE (local when unset). */
  mode?: OcrEngineMode;
  /** Reads the document with Textract (sync bytes or an async S3 job: the caller knows which fits). */
  textract: () => Promise<TExtractionResult>;
  /** Reads the document on this machine: tesseract words, then the layout extractor. */
  local: () => Promise<TExtractionResult>;
};

const describeFailure = (error: unknown): string => {
  if (error instanceof TextractError) return `${error.textractCode}${error.retriable ? `, ${error.attempts} intento(s)` : ""}`;
  if (error instanceof AppError) return error.code;
  return error instanceof Error ? error.name : "error desconocido";
};

/**
 * Runs the configured OCR engine. `auto` tries Textract first and, when it fails — throttled past its retries,
 * unreachable, or refusing the document — reads the document locally instead, recording the fallback in
 * `engines` and `warnings` so that reviewers know which engine produced the values. A local failure after a
 * Textract failure is thrown as the local one: it describes the document, not the service.
 */
export const chooseOcrEngine = async ({
  mode = ZEnv.shape.OCR_ENGINE.parse(process.env.OCR_ENGINE),
  textract,
  local,
}: ChooseOcrEngineOptions): Promise<TExtractionResult> => {
  const runLocal = async () => ({ ...(await local()), engines: ["tesseract"] });
  if (mode === "local") return runLocal();
  if (mode === "textract") return { ...(await textract()), engines: ["textract"] };

  let textractFailure: unknown;
  try {
    return { ...(await textract()), engines: ["textract"] };
  } catch (error) {
    textractFailure = error;
  }
  const result = await runLocal();
  return {
    ...result,
    engines: ["tesseract"],
    warnings: [
      ...result.warnings,
      {
        code: "OCR_FALLBACK_LOCAL",
        message: `Textract no pudo leer el documento (${describeFailure(textractFailure)}); se usó el motor OCR local. Revise los valores con más cuidado.`,
      },
    ],
  };
};
