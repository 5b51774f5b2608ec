/** Prisma's error for a unique constraint that refused a write (a concurrent writer got there first). */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
