import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { NextResponse } from "next/server";
import { createRateLimiter } from "@/lib/api/create-rate-limiter";
import { withPublic } from "@/lib/api/with-public";
import { getCertificateVerification } from "@/lib/certificates/get-certificate-verification";
import { CERTIFICATE_PDF_MAX_BYTES } from "@/lib/certificates/schemas";
import { verifyCertificateUpload } from "@/lib/certificates/verify-certificate-upload";
import { AppError } from "@/lib/errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Public and unauthenticated: limits per client address keep code guessing and hashing load in check.
const lookups = createRateLimiter({ limit: 60, windowMs: 60_000 });
const uploads = createRateLimiter({ limit: 10, windowMs: 60_000 });

const codeOf = (params: Record<string, string | string[]>) => (typeof params.code === "string" ? params.code : "");

// GET /api/verify/:code - whether the certificate is in force, with its minimal public data
export const GET = withPublic(async ({ params }) => NextResponse.json(await getCertificateVerification({ code: codeOf(params) })), {
  rateLimiter: lookups,
});

// POST /api/verify/:code (body: the PDF, ≤ 10 MB) - { match } against the SHA-256 recorded at issue; the file is not kept
export const POST = withPublic(
  async ({ req, params }) => {
    const declared = Number(req.headers.get("content-length") ?? "0");
    if (declared > CERTIFICATE_PDF_MAX_BYTES) {
      throw new AppError("FILE_TOO_LARGE", { message: "El archivo supera 10 MB; un certificado pesa mucho menos." });
    }
    if (!req.body) throw new AppError("EMPTY_FILE", { message: "El archivo está vacío." });
    const stream = Readable.fromWeb(req.body as unknown as NodeReadableStream<Uint8Array>);
    return NextResponse.json(await verifyCertificateUpload({ code: codeOf(params), stream }));
  },
  { rateLimiter: uploads },
);
