import {
  AccessDeniedException,
  DocumentTooLargeException,
  InvalidParameterException,
  LimitExceededException,
  ThrottlingException,
} from "@aws-sdk/client-textract";
import { describe, expect, it } from "vitest";
import { toTextractError } from "./to-textract-error";

describe("toTextractError", () => {
  it.each([
    [new ThrottlingException({ message: "x", $metadata: { httpStatusCode: 400 } }), true],
    [new LimitExceededException({ message: "x", $metadata: { httpStatusCode: 400 } }), true],
    [Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), true],
    [Object.assign(new Error("bad gateway"), { name: "Unknown", $metadata: { httpStatusCode: 502 } }), true],
    [new DocumentTooLargeException({ message: "x", $metadata: { httpStatusCode: 400 } }), false],
    [new InvalidParameterException({ message: "x", $metadata: { httpStatusCode: 400 } }), false],
    [new AccessDeniedException({ message: "x", $metadata: { httpStatusCode: 403 } }), false],
    [Object.assign(new Error("x"), { name: "SomethingNew", $metadata: { httpStatusCode: 400 } }), false],
  ])("%s → retriable %s", (error, retriable) => {
    const mapped = toTextractError({ error, attempts: 2 });
    expect(mapped.retriable).toBe(retriable);
    expect(mapped.code).toBe(retriable ? "SERVICE_UNAVAILABLE" : "OCR_DOCUMENT_REJECTED");
    expect(mapped.details).toMatchObject({ retriable, attempts: 2 });
    expect(mapped.message).not.toBe("");
  });

  it("keeps the Textract code and gives a Spanish, actionable message for a document refusal", () => {
    const mapped = toTextractError({ error: new DocumentTooLargeException({ message: "x", $metadata: {} }) });
    expect(mapped.textractCode).toBe("DocumentTooLargeException");
    expect(mapped.message).toMatch(/divídalo/);
  });
});
