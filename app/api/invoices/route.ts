import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { NextResponse } from "next/server";
import { assertWithinRateLimit } from "@/lib/api/assert-within-rate-limit";
import { getRateLimiters } from "@/lib/api/get-rate-limiters";
import { readSearchParams } from "@/lib/api/read-search-params";
import { withAuth } from "@/lib/api/with-auth";
import { AppError } from "@/lib/errors";
import { findInvoices } from "@/lib/invoices/find-invoices";
import { ZFindInvoicesQuery, ZUploadResponse } from "@/lib/invoices/schemas";
import { uploadInvoices } from "@/lib/invoices/upload-invoices";

// Streams the request body through busboy; Node's runtime is required for streams, files and sharp.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices - multipart upload, field "files" (one or many); one result per file
export const POST = withAuth(
  async ({ req, user }) => {
    assertWithinRateLimit(getRateLimiters().uploads, user.id, "Demasiadas cargas seguidas. Espere un momento e intente de nuevo.");
    if (!req.body) throw new AppError("INVALID_INPUT", { message: "Adjunte al menos un archivo en el campo «files»." });
    const result = await uploadInvoices({
      contentType: req.headers.get("content-type") ?? "",
      body: Readable.fromWeb(req.body as NodeReadableStream<Uint8Array>),
      uploader: user,
    });
    return NextResponse.json(ZUploadResponse.parse(result.body), { status: result.status });
  },
  { roles: ["ADMIN", "OPERATOR"] },
);

// GET /api/invoices - the inbox: filters, whitelisted sort and page (?status=FAILED,NEEDS_REVIEW&sort=total&order=asc&page=2)
export const GET = withAuth(
  async ({ req }) => NextResponse.json(await findInvoices(ZFindInvoicesQuery.parse(readSearchParams(req)))),
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
