import { z } from "zod";

/** PATCH /api/users/:id - an Admin activates or deactivates a user. */
export const ZSetUserActiveBody = z.object({ active: z.boolean() });
export type TSetUserActiveBody = z.infer<typeof ZSetUserActiveBody>;
