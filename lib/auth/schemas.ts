import { z } from "zod";

export const ZRole = z.enum(["ADMIN", "OPERATOR", "VIEWER"]).describe("Access role");
export type TRole = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<TRole, string> = {
  ADMIN: "Administrador",
  OPERATOR: "Operador",
  VIEWER: "Consulta",
};

export const ZSessionUser = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: ZRole,
});
export type TSessionUser = z.infer<typeof ZSessionUser>;

export const ZCredentials = z.object({
  email: z.email("Escriba un correo válido").transform((email) => email.trim().toLowerCase()),
  password: z.string().min(1, "Escriba la contraseña").max(200),
});
export type TCredentials = z.infer<typeof ZCredentials>;

/** GET /api/auth/idp-logout: where the browser goes after the app's sign-out; null when only the app signs out. */
export const ZIdpLogout = z.object({ url: z.url().nullable() });
export type TIdpLogout = z.infer<typeof ZIdpLogout>;
