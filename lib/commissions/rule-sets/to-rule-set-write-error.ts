import { isUniqueViolation } from "@/lib/database/is-unique-violation";
import { AppError } from "@/lib/errors";

const messageOf = (error: unknown): string => {
  if (!(error instanceof Error)) return "";
  const cause = "cause" in error ? messageOf(error.cause) : "";
  return `${error.message} ${cause}`;
};

/**
 * The database's last word on rule-set writes, as CONFLICT: the immutability trigger (a published set or its
 * rules touched; the lib checks first, so this fires only on a race) and a duplicate version number (two drafts
 * created at once). Anything else is returned unchanged for the caller to rethrow.
 */
export const toRuleSetWriteError = (error: unknown): unknown => {
  if (error instanceof AppError) return error;
  const message = messageOf(error);
  if (/commission rule set .*is immutable|rules of a published commission rule set are immutable/.test(message)) {
    return new AppError("CONFLICT", {
      message: "La versión ya está publicada y no se puede modificar. Cree un borrador nuevo.",
    });
  }
  if (isUniqueViolation(error)) {
    return new AppError("CONFLICT", {
      message: "Otra persona creó una versión al mismo tiempo. Recargue la lista de versiones.",
    });
  }
  return error;
};
