import { z } from "zod";
import { db } from "@/lib/db";
import { ZUserListItem, type TUserListItem } from "./schemas";

export const findUsers = async (): Promise<TUserListItem[]> => {
  const users = await db.user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }] });
  return z.array(ZUserListItem).parse(
    users.map((user) => ({ ...user, lastSignInAt: user.lastSignInAt?.toISOString() ?? null })),
  );
};
