import { AsyncLocalStorage } from "node:async_hooks";

export type TRequestContext = { requestId: string };

/** The API request being handled, visible to every log line written while it runs (lib code included). */
export const requestContext = new AsyncLocalStorage<TRequestContext>();
