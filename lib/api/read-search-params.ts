import type { NextRequest } from "next/server";

/**
 * A request's query string as a plain object for a zod schema. Empty values count as absent, so a form that
 * sends `?q=&classification=` means "no filter" rather than failing the classification's format check.
 */
export const readSearchParams = (req: NextRequest): Record<string, string> =>
  Object.fromEntries([...req.nextUrl.searchParams].filter(([, value]) => value.trim() !== ""));
