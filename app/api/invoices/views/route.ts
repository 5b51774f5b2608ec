import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { ZCreateSavedViewBody } from "@/lib/invoices/schemas";
import { createSavedView } from "@/lib/invoices/views/create-saved-view";
import { listSavedViews } from "@/lib/invoices/views/list-saved-views";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/invoices/views - the caller's saved inbox views
export const GET = withAuth(async ({ user }) => NextResponse.json(await listSavedViews({ userId: user.id })), {
  roles: ["ADMIN", "OPERATOR", "VIEWER"],
});

// POST /api/invoices/views - save the current filters under a name (409 when the name is taken)
export const POST = withAuth(
  async ({ req, user }) => {
    const body = ZCreateSavedViewBody.parse(await readJsonBody(req));
    return NextResponse.json(await createSavedView({ ...body, userId: user.id }), { status: 201 });
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
