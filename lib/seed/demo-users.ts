import type { TRole } from "@/lib/auth/schemas";

export type DemoUser = { email: string; name: string; role: TRole };
export type DemoCredential = DemoUser & { password: string };

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@cotejo.local", name: "Ana Administradora", role: "ADMIN" },
  { email: "operador@cotejo.local", name: "Óscar Operador", role: "OPERATOR" },
  { email: "consulta@cotejo.local", name: "Valeria Consulta", role: "VIEWER" },
];
