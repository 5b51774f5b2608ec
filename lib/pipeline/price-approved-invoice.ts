import { priceInvoice } from "@/lib/commissions/price-invoice";

export type PriceApprovedInvoiceOptions = { invoiceId: string };

export type TPriceApprovedInvoiceResult = { commissionId: string; feeAmount: string; commissionAmount: string };

/** The pricing step: priceInvoice (once per invoice, by the system), reduced to what the run's state needs to keep. */
export const priceApprovedInvoice = async ({ invoiceId }: PriceApprovedInvoiceOptions): Promise<TPriceApprovedInvoiceResult> => {
  const commission = await priceInvoice({ invoiceId, actor: null });
  return { commissionId: commission.id, feeAmount: commission.feeAmount.toFixed(2), commissionAmount: commission.commissionAmount.toFixed(2) };
};
