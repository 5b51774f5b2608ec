import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { deleteSavedView } from "@/lib/invoices/views/delete-saved-view";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// DELETE /api/invoices/views/:id - delete one of the caller's views (404 for anyone else's)
export const DELETE = withAuth(
  async ({ params, user }) => {
    const id = typeof params.id === "string" ? params.id : "";
    await deleteSavedView({ id, userId: user.id });
    return NextResponse.json({ id });
  },
  { roles: ["ADMIN", "OPERATOR", "VIEWER"] },
);
