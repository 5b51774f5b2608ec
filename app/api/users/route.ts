import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { findUsers } from "@/lib/users/find-users";

// GET /api/users - every user with role and status (admins)
export const GET = withAuth(async () => NextResponse.json(await findUsers()), { roles: ["ADMIN"] });
