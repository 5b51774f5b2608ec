import http from "node:http";
import type { AddressInfo } from "node:net";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";

/**
 * A real `inngest/node` serve handler on a free port, for tests and benchmarks of the local executor. Its URL is
 * known before the executor starts (the executor needs it), and its functions are attached once the executor's
 * URL is known (the client sends events there).
 */
export const startTestApp = async () => {
  let handler: http.RequestListener | null = null;
  let functionCalls = 0;
  const server = http.createServer((request, response) => {
    if (request.method === "POST") functionCalls += 1;
    if (handler) handler(request, response);
    else response.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
  return {
    appUrl,
    /** The Inngest client of this app, in dev mode, sending events to the executor at `executorUrl`. */
    createClient: (id: string, executorUrl: string) => new Inngest({ id, isDev: true, baseUrl: executorUrl }),
    serveFunctions: (client: Inngest.Any, functions: InngestFunction.Any[]) => {
      handler = serve({ client, functions });
    },
    /** POST requests received so far: the executor's calls of functions. */
    functionCalls: () => functionCalls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
