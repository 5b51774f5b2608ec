import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/api/read-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { ZSetUserActiveBody } from "@/lib/users/schemas";
import { setUserActive } from "@/lib/users/set-user-active";

export const dynamic = "force-dynamic";

// PATCH /api/users/:id { active } - activate or deactivate a user; a deactivated one is refused from the next request (Admin)
export const PATCH = withAuth(
  async ({ req, params, user }) => {
    const { active } = ZSetUserActiveBody.parse(await readJsonBody(req));
    const updated = await setUserActive({ userId: typeof params.id === "string" ? params.id : "", active, actor: user });
    return NextResponse.json(updated);
  },
  { roles: ["ADMIN"] },
);
