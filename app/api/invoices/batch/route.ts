import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { createBatch } from "@/lib/pipeline/create-batch";
import { ZCreateBatchBody } from "@/lib/pipeline/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices/batch { invoiceIds[1..1000], urgent? } - send uploaded invoices through the pipeline as one batch
export const POST = withAuth(
  async ({ req, user }) => {
    const body = ZCreateBatchBody.parse(await readJsonBody(req));
    return NextResponse.json(await createBatch({ ...body, actor: user }), { status: 201 });
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
