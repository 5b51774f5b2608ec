import { getCommission } from "./get-commission";
import { priceInvoice, type PriceInvoiceOptions } from "./price-invoice";
import type { TCommissionDetail } from "./schemas";

/** Prices the invoice (once) and returns the stored commission as the API shows it. */
export const calculateInvoiceCommission = async ({
  invoiceId,
  actor,
}: Omit<PriceInvoiceOptions, "registeredOn">): Promise<TCommissionDetail> => {
  await priceInvoice({ invoiceId, actor });
  return getCommission({ invoiceId });
};
