import { existsSync } from "node:fs";

/**
 * Launchers read .env themselves (Next only does it for the server it starts), so that DATABASE_URL and the
 * embedded settings there decide whether PostgreSQL is embedded. Variables already set in the shell win.
 */
if (existsSync(".env")) process.loadEnvFile(".env");
