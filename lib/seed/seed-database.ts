import type { TRole } from "@/lib/auth/schemas";
import { seedCatalog } from "./seed-catalog";
import { seedClassifications } from "./seed-classifications";
import { seedRuleSetV1 } from "./seed-rule-sets";
import type { DemoCredential } from "./demo-users";
import { seedUsers } from "./seed-users";

export const SEED_CATALOG_SIZE = 3000;
export const SEED_CATALOG_RANDOM_SEED = 1555;

export type SeedDatabaseOptions = {
  /** Passwords for the demo users; null skips them (production without SEED_*_PASSWORD). */
  demoPasswords: Record<TRole, string> | null;
  catalogSize?: number;
};

export type SeedDatabaseResult = {
  createdUsers: DemoCredential[];
  classifications: number;
  products: number;
  createdRuleSet: boolean;
};

/** Idempotent: fills what is missing and never overwrites data an operator changed. */
export const seedDatabase = async ({
  demoPasswords,
  catalogSize = SEED_CATALOG_SIZE,
}: SeedDatabaseOptions): Promise<SeedDatabaseResult> => {
  const createdUsers = demoPasswords ? await seedUsers(demoPasswords) : [];
  const classifications = await seedClassifications();
  const products = await seedCatalog({ count: catalogSize, seed: SEED_CATALOG_RANDOM_SEED });
  const createdRuleSet = await seedRuleSetV1();
  return { createdUsers, classifications, products, createdRuleSet };
};
