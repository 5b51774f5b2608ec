import { defineConfig } from "prisma/config";

// The stock CLI reads this file; in this repository migrations run through scripts/db-migrate.ts
// (the same engine as WebAssembly), and `prisma generate` needs no database at all.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/cotejo" },
});
