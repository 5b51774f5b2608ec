/**
 * A Textract-compatible AnalyzeExpense endpoint for the pipeline benchmark and tests: the app's real Textract client
 * (TEXTRACT_ENDPOINT) calls it over HTTP, it holds each call for the given latency (AWS's is about 2.9 s per page)
 * and answers with a recorded AnalyzeExpense response whose invoice number is made unique per call, so each scan
 * becomes its own invoice. It measures the pipeline bound by Textract's latency, not this machine's OCR CPU.
 * Tests can make it answer the next calls with an AWS error instead (throttling, a refused document), as AWS does:
 * the status code and `__type` of the JSON 1.1 protocol, which the SDK turns into the named exception.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

const RECORDED_RESPONSE = "lib/extraction/textract/fixtures/analyze-expense-factura-fe1234.json";

type TextractField = { Type?: { Text?: string }; ValueDetection?: { Text?: string } };
type RecordedResponse = { ExpenseDocuments: { SummaryFields: TextractField[] }[] };

/** An AWS error answer, e.g. `{ status: 400, type: "ThrottlingException" }` or `{ status: 500, type: "InternalServerError" }`. */
export type TextractStandInError = { status: number; type: string; message?: string };

export type TextractStandIn = {
  url: string;
  /** AnalyzeExpense calls answered with a result. */
  calls: () => number;
  /** AnalyzeExpense calls answered with an error set by failNext. */
  failures: () => number;
  /** The next `count` AnalyzeExpense calls get this error; later ones are answered normally again. */
  failNext: (count: number, error: TextractStandInError) => void;
  stop: () => Promise<void>;
};

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

export const startTextractStandIn = async ({ latencyMs }: { latencyMs: number }): Promise<TextractStandIn> => {
  const recorded = await readFile(RECORDED_RESPONSE, "utf8");
  let calls = 0;
  let failures = 0;
  let pendingFailures: { count: number; error: TextractStandInError } | null = null;
  const server = createServer((request, response) => {
    void (async () => {
      const target = request.headers["x-amz-target"];
      const body = JSON.parse(await readBody(request)) as { Document?: { Bytes?: string } };
      if (target !== "Textract.AnalyzeExpense" || !body.Document?.Bytes) {
        response.writeHead(400, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ __type: "InvalidParameterException", message: "Only AnalyzeExpense with Bytes" }));
        return;
      }
      if (pendingFailures && pendingFailures.count > 0) {
        const { error } = pendingFailures;
        pendingFailures.count -= 1;
        failures += 1;
        response.writeHead(error.status, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ __type: error.type, message: error.message ?? `${error.type} (stand-in)` }));
        return;
      }
      calls += 1;
      const answer = JSON.parse(recorded) as RecordedResponse;
      for (const field of answer.ExpenseDocuments[0]!.SummaryFields) {
        if (field.Type?.Text === "INVOICE_RECEIPT_ID" && field.ValueDetection) field.ValueDetection.Text = `FE-${100000 + calls}`;
      }
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
      response.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      response.end(JSON.stringify(answer));
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    failures: () => failures,
    failNext: (count, error) => {
      pendingFailures = { count, error };
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
