import { NextResponse } from "next/server";
import { withPublic } from "@/lib/api/with-public";
import { createOpenApiDocument } from "@/lib/openapi/create-openapi-document";

export const runtime = "nodejs";

// GET /api/openapi.json - the OpenAPI 3.1 document of this API, generated from the routes' zod schemas (public)
export const GET = withPublic(async () => NextResponse.json(createOpenApiDocument()));
