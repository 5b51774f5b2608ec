import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { createOpenApiDocument } from "./create-openapi-document";

const API_DIR = path.join(process.cwd(), "app", "api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** app/api/invoices/[id]/file/route.ts → /api/invoices/{id}/file; [...slug] → {slug}. */
const toOpenApiPath = (routeFile: string) =>
  `/${path
    .relative(path.join(process.cwd(), "app"), path.dirname(routeFile))
    .split(path.sep)
    .map((segment) => segment.replace(/^\[(?:\.\.\.)?(.+)\]$/, "{$1}"))
    .join("/")}`;

/** The HTTP methods a route file exports: `export const GET =`, `export const { GET, POST } =`, `export { h as GET }`. */
const exportedMethods = (source: string) =>
  METHODS.filter((method) =>
    new RegExp(`export\\s+const\\s+${method}\\b|export\\s+const\\s*\\{[^}]*\\b${method}\\b[^}]*\\}\\s*=|export\\s*\\{[^}]*\\bas\\s+${method}\\b`).test(source),
  );

const routeFiles = async () =>
  (await readdir(API_DIR, { recursive: true })).filter((file) => path.basename(file) === "route.ts").map((file) => path.join(API_DIR, file));

describe("the OpenAPI document", () => {
  test("is valid JSON, OpenAPI 3.1, with the error shape as a component", () => {
    const document = JSON.parse(JSON.stringify(createOpenApiDocument())) as { openapi: string; paths: object; components: { schemas: Record<string, unknown> } };
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.components.schemas.ApiError).toMatchObject({ type: "object", required: ["error"] });
  });

  test("has an operation for every method of every route file under app/api, and nothing else", async () => {
    const document = createOpenApiDocument();
    const fromFiles: string[] = [];
    for (const file of await routeFiles()) {
      const methods = exportedMethods(await readFile(file, "utf8"));
      expect(methods, `${file} exports no HTTP method the test recognizes`).not.toEqual([]);
      for (const method of methods) fromFiles.push(`${method.toLowerCase()} ${toOpenApiPath(file)}`);
    }
    const documented = Object.entries(document.paths ?? {}).flatMap(([route, item]) =>
      Object.keys(item ?? {})
        .filter((key) => (METHODS as readonly string[]).includes(key.toUpperCase()))
        .map((method) => `${method} ${route}`),
    );
    expect(documented.sort()).toEqual(fromFiles.sort());
  });

  test("operations carry the routes' zod schemas: parameters, request bodies and responses", () => {
    const { paths } = createOpenApiDocument();
    const search = paths?.["/api/products/search"]?.get;
    expect(search?.parameters?.map((parameter) => ("name" in parameter ? parameter.name : ""))).toEqual(expect.arrayContaining(["q", "limit", "cursor"]));
    const publish = paths?.["/api/commissions/rule-sets/{id}/publish"]?.post;
    expect(publish?.requestBody).toMatchObject({ content: { "application/json": { schema: { type: "object" } } } });
    expect(publish?.responses?.["200"]).toMatchObject({ content: { "application/json": { schema: { type: "object" } } } });
    expect(publish?.responses?.["401"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } } });
    expect(paths?.["/api/admin/retention"]?.get?.responses?.["200"]).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/RetentionReport" } } } });
  });
});
