import { getLogger } from "@/lib/logging/logger";
import { learnFromReview, type LearnFromReviewOptions, type TLearnFromReviewResult } from "./learn-from-review";

/**
 * The pipeline's learning step after an approved review. Learning only helps later invoices, so an error here (an
 * unreadable stored document, a database hiccup) is logged and reported in the step's output, never thrown: the
 * approved invoice goes on to pricing regardless.
 */
export const learnFromApprovedReview = async (options: LearnFromReviewOptions): Promise<TLearnFromReviewResult> => {
  try {
    return await learnFromReview(options);
  } catch (error) {
    getLogger().warn({ err: error, invoiceId: options.invoiceId }, "Supplier profile learning failed");
    return { learned: false, reason: `No se pudo aprender del proveedor: ${error instanceof Error ? error.message : String(error)}` };
  }
};
