import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/database/is-unique-violation";
import { toInvoiceSearchParams } from "../invoice-search-params";
import { ZInvoiceFilters, ZSavedView, type TCreateSavedViewBody, type TSavedView } from "../schemas";
import { toSavedView } from "./to-saved-view";

export type CreateSavedViewOptions = TCreateSavedViewBody & { userId: string };

/**
 * Saves the user's current filters under a name. The query is validated as the inbox validates its URL (a view
 * that could not be opened is refused with 422) and stored in its canonical form, defaults left out.
 */
export const createSavedView = async ({ userId, name, query }: CreateSavedViewOptions): Promise<TSavedView> => {
  // Blank fields mean "no filter", as they do in the inbox's URL.
  const filled = Object.fromEntries(Object.entries(query).filter(([, value]) => value.trim() !== ""));
  const canonical = toInvoiceSearchParams(ZInvoiceFilters.parse(filled));
  try {
    const view = await db.savedView.create({ data: { userId, name, query: canonical } });
    return ZSavedView.parse(toSavedView(view));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", { message: `Ya tiene una vista llamada «${name}».` });
    }
    throw error;
  }
};
