import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import { API_OPERATIONS, type TApiOperation } from "./api-operations";
import { ZApiError } from "./schemas";

const error = (description: string) => ({ description, content: { "application/json": { schema: ZApiError } } });

const errorResponses = (operation: TApiOperation): ZodOpenApiResponsesObject => ({
  ...(Array.isArray(operation.access) || operation.access === "metrics"
    ? { "401": error("Not signed in (or a wrong METRICS_TOKEN)"), "403": error("Signed in with a role that may not call this, or a cross-origin request") }
    : {}),
  ...(operation.params ? { "404": error("Not found, or not visible to the caller (never tells which)") } : {}),
  ...(operation.query || operation.body || operation.params ? { "422": error("INVALID_INPUT with field errors, or a more specific code") } : {}),
  ...(operation.access === "public" && operation.path.startsWith("/api/verify") ? { "429": error("RATE_LIMITED; see Retry-After") } : {}),
  default: error("Any other error (409 CONFLICT, 413, 415, 500 INTERNAL, 503…), always this shape"),
});

const toOperation = (operation: TApiOperation): ZodOpenApiOperationObject => ({
  summary: operation.summary,
  tags: [operation.path.split("/")[2] ?? "api"],
  ...(Array.isArray(operation.access)
    ? { security: [{ session: [] }], description: `Roles: ${operation.access.join(", ")}` }
    : operation.access === "metrics"
      ? { security: [{ metricsToken: [] }, { session: [] }], description: "Bearer METRICS_TOKEN, or the session of an ADMIN" }
      : { security: [] }),
  ...(operation.params || operation.query
    ? { requestParams: { ...(operation.params ? { path: operation.params } : {}), ...(operation.query ? { query: operation.query } : {}) } }
    : {}),
  ...(operation.body ? { requestBody: { required: true, content: { [operation.body.contentType]: { schema: operation.body.schema } } } } : {}),
  responses: {
    [String(operation.response.status)]: {
      description: operation.response.description,
      headers: { "x-request-id": { description: "The request's id, as in the server logs", schema: { type: "string" } } },
      content: { [operation.response.contentType]: { schema: operation.response.schema } },
    },
    ...errorResponses(operation),
  },
});

/** The OpenAPI 3.1 document of the REST API, generated from the zod schemas the route handlers use. */
export const createOpenApiDocument = () => {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of API_OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: toOperation(operation) };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Cotejo API",
      version: "1.0.0",
      description: "Registration of Colombian invoices at the BMC. Errors always have the ApiError shape; every response carries x-request-id.",
    },
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "next-auth session (__Secure- prefixed over HTTPS)" },
        metricsToken: { type: "http", scheme: "bearer", description: "METRICS_TOKEN, for GET /api/metrics only" },
      },
    },
    paths,
  });
};
