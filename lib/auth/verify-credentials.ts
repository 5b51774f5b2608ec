import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { ZCredentials, type TSessionUser } from "./schemas";

/** A hash of a random password, compared when the e-mail is unknown so that timing does not reveal accounts. */
const DUMMY_HASH = "$2b$12$g5MaLTmQ0R1dusWm3J53/u6z/ZIO7a9kuw7bKpUN74TjdEcsjHzza";

export const verifyCredentials = async (input: unknown): Promise<TSessionUser | null> => {
  const parsed = ZCredentials.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    omit: { passwordHash: false },
  });
  const isMatch = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !isMatch || !user.active) return null;
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
};
