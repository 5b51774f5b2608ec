import { db } from "@/lib/db";
import { z } from "zod";
import { ZRole } from "@/lib/auth/schemas";

export const ZUserListItem = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  active: z.boolean(),
  lastSignInAt: z.string().nullable(),
});
export type TUserListItem = z.infer<typeof ZUserListItem>;

export const findUsers = async (): Promise<TUserListItem[]> => {
  const users = await db.user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }] });
  return z.array(ZUserListItem).parse(
    users.map((user) => ({ ...user, lastSignInAt: user.lastSignInAt?.toISOString() ?? null })),
  );
};
