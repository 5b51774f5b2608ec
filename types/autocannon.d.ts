// autocannon ships no type declarations; only what scripts/bench-load.ts uses is declared.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  type AutocannonRequest = { method?: string; path?: string; headers?: Record<string, string> };

  type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: { setupRequest?: (request: AutocannonRequest) => AutocannonRequest }[];
  };

  export type AutocannonResult = {
    requests: { total: number; average: number };
    latency: { p50: number; p99: number; max: number };
    non2xx: number;
    errors: number;
    timeouts: number;
    duration: number;
  };

  export type AutocannonInstance = EventEmitter & {
    on(event: "response", listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): AutocannonInstance;
  };

  const autocannon: (options: AutocannonOptions, callback: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance;
  export default autocannon;
}
