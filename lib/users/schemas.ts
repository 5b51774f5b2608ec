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

/** PATCH /api/users/:id - an Admin activates or deactivates a user. */
export const ZSetUserActiveBody = z.object({ active: z.boolean() });
export type TSetUserActiveBody = z.infer<typeof ZSetUserActiveBody>;
