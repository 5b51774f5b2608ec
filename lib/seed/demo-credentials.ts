import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { ZRole, type TRole } from "@/lib/auth/schemas";
import { DEMO_USERS, type DemoCredential } from "./demo-users";

const ZDemoCredentials = z.array(z.object({ email: z.string(), name: z.string(), role: ZRole, password: z.string() }));

const PASSWORD_ENV: Record<TRole, string> = {
  ADMIN: "SEED_ADMIN_PASSWORD",
  OPERATOR: "SEED_OPERATOR_PASSWORD",
  VIEWER: "SEED_VIEWER_PASSWORD",
};

const generatePassword = () => `Cotejo-${randomBytes(9).toString("base64url")}`;

export type DemoPasswords = {
  passwords: Record<TRole, string>;
  /** Roles whose password was generated here (and so must be shown and kept), not read from the environment. */
  generatedRoles: TRole[];
};

/** Demo passwords from SEED_*_PASSWORD, else generated; in production only when all are set in the environment. */
export const resolveDemoPasswords = (appEnv: "local" | "production"): DemoPasswords | null => {
  const fromEnv = (role: TRole) => process.env[PASSWORD_ENV[role]]?.trim() || undefined;
  const generatedRoles = ZRole.options.filter((role) => !fromEnv(role));
  if (appEnv === "production" && generatedRoles.length > 0) return null;
  const passwords = Object.fromEntries(
    ZRole.options.map((role) => [role, fromEnv(role) ?? generatePassword()]),
  ) as Record<TRole, string>;
  return { passwords, generatedRoles };
};

/** Local mode keeps generated demo passwords (0600, git-ignored) so every start can show them again. */
export const saveDemoCredentials = async (file: string, credentials: DemoCredential[]) => {
  if (credentials.length === 0) return;
  const merged = new Map((await loadDemoCredentials(file)).map((entry) => [entry.email, entry]));
  for (const credential of credentials) merged.set(credential.email, credential);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify([...merged.values()], null, 2), { mode: 0o600 });
};

export const loadDemoCredentials = async (file: string): Promise<DemoCredential[]> => {
  if (!existsSync(file)) return [];
  const parsed = ZDemoCredentials.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) return [];
  const order = DEMO_USERS.map((user) => user.email);
  return parsed.data.sort((a, b) => order.indexOf(a.email) - order.indexOf(b.email));
};
