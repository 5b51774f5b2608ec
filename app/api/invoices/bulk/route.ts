import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { runBulkInvoiceAction } from "@/lib/invoices/run-bulk-invoice-action";
import { ZBulkInvoiceBody } from "@/lib/invoices/schemas";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/invoices/bulk - { action: "retry" (Admin) | "urgent", ids: [≤500] }; one result per id
export const POST = withAuth(
  async ({ req, user }) => {
    const body = ZBulkInvoiceBody.parse(await readJsonBody(req));
    return NextResponse.json(await runBulkInvoiceAction({ ...body, actor: user }));
  },
  { roles: ["ADMIN", "OPERATOR"] },
);
