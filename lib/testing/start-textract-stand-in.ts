/**
 * A Textract-compatible AnalyzeExpense endpoint for the pipeline benchmark and tests: the app's real Textract client
 * (TEXTRACT_ENDPOINT) calls it over HTTP, it holds each call for the given latency (AWS's is about 2.9 s per page)
 * and answers with a recorded AnalyzeExpense response whose invoice number is made unique per call, so each scan
 * becomes its own invoice. It measures the pipeline bound by Textract's latency, not this machine's OCR CPU.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

const RECORDED_RESPONSE = "lib/extraction/textract/fixtures/analyze-expense-factura-fe1234.json";

type TextractField = { Type?: { Text?: string }; ValueDetection?: { Text?: string } };
type RecordedResponse = { ExpenseDocuments: { SummaryFields: TextractField[] }[] };

export type TextractStandIn = { url: string; calls: () => number; stop: () => Promise<void> };

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

export const startTextractStandIn = async ({ latencyMs }: { latencyMs: number }): Promise<TextractStandIn> => {
  const recorded = await readFile(RECORDED_RESPONSE, "utf8");
  let calls = 0;
  const server = createServer((request, response) => {
    void (async () => {
      const target = request.headers["x-amz-target"];
      const body = JSON.parse(await readBody(request)) as { Document?: { Bytes?: string } };
      if (target !== "Textract.AnalyzeExpense" || !body.Document?.Bytes) {
        response.writeHead(400, { "content-type": "application/x-amz-json-1.1" });
        response.end(JSON.stringify({ __type: "InvalidParameterException", message: "Only AnalyzeExpense with Bytes" }));
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
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
