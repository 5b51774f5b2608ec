/** npm run db:seed: fill what is missing (demo users, DIAN classifications, rule set v1, small catalog). */
import "./lib/load-env";
import { ensureDatabase } from "@/lib/database/ensure-database";
import { DEMO_CREDENTIALS_FILE } from "@/lib/runtime/prepare-runtime";

const database = await ensureDatabase();
process.env.DATABASE_URL = database.url;
try {
  const { seedDatabase } = await import("@/lib/seed/seed-database");
  const { resolveDemoPasswords, saveDemoCredentials } = await import("@/lib/seed/demo-credentials");
  const appEnv = process.env.APP_ENV === "production" ? "production" : "local";
  const demoPasswords = resolveDemoPasswords(appEnv);
  const result = await seedDatabase({ demoPasswords: demoPasswords?.passwords ?? null });
  const generated = result.createdUsers.filter((user) => demoPasswords?.generatedRoles.includes(user.role));
  await saveDemoCredentials(DEMO_CREDENTIALS_FILE, generated);
  console.log(JSON.stringify({ ...result, createdUsers: result.createdUsers.map(({ email, role }) => ({ email, role })) }));
  const { db } = await import("@/lib/db");
  await db.$disconnect();
} finally {
  await database.stop();
}
