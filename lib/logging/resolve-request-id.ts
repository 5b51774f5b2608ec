import { randomUUID } from "node:crypto";

/** What an incoming id may look like: a UUID, a load balancer's trace id (Root=1-…), short and printable. */
const VALID_REQUEST_ID = /^[A-Za-z0-9._:=;-]{8,128}$/;

/** The caller's (or load balancer's) x-request-id when it is safe to log and echo, else a new UUID. */
export const resolveRequestId = (incoming: string | null): string =>
  incoming && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
