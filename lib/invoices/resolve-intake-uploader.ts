import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const INTAKE_SYSTEM_EMAIL = "carga-masiva@cotejo.local";

export type ResolveIntakeUploaderOptions = { email?: string };

/**
 * Who a bulk intake uploads as: a named active admin or operator, or else the system account (created inactive
 * and without a password, so nobody can sign in with it; it exists only so that uploads keep an uploader).
 */
export const resolveIntakeUploader = async ({ email }: ResolveIntakeUploaderOptions): Promise<{ id: string; email: string }> => {
  if (email) {
    const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true, active: true } });
    if (!user || !user.active || user.role === "VIEWER") {
      throw new AppError("FORBIDDEN", { message: `«${email}» no es un administrador ni un operador activo.` });
    }
    return { id: user.id, email: user.email };
  }
  return db.user.upsert({
    where: { email: INTAKE_SYSTEM_EMAIL },
    update: {},
    create: { email: INTAKE_SYSTEM_EMAIL, name: "Carga masiva (sistema)", role: "OPERATOR", active: false },
    select: { id: true, email: true },
  });
};
