import { AppError } from "@/lib/errors";

export type TextractErrorOptions = {
  message: string;
  /** The Textract exception name (ThrottlingException, BadDocumentException…) or JobFailed for a failed async job. */
  textractCode: string;
  /** true: the service was busy or failing; the same request may succeed later (the pipeline retries the step). */
  retriable: boolean;
  attempts?: number;
};

/** A Textract failure as the pipeline needs it: retry later, or mark the invoice failed with this reason. */
export class TextractError extends AppError {
  readonly textractCode: string;
  readonly retriable: boolean;
  readonly attempts: number;

  constructor({ message, textractCode, retriable, attempts = 1 }: TextractErrorOptions) {
    super(retriable ? "SERVICE_UNAVAILABLE" : "OCR_DOCUMENT_REJECTED", {
      message,
      details: { textractCode, retriable, attempts },
    });
    this.name = "TextractError";
    this.textractCode = textractCode;
    this.retriable = retriable;
    this.attempts = attempts;
  }
}
