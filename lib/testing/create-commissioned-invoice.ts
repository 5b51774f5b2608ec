import { priceInvoice } from "@/lib/commissions/price-invoice";
import { seedRuleSetV1 } from "@/lib/seed/seed-rule-sets";
import { createApprovedInvoice, type CreateApprovedInvoiceOptions } from "./create-approved-invoice";

export type CreateCommissionedInvoiceOptions = Pick<CreateApprovedInvoiceOptions, "number" | "supplier" | "customer" | "uploaderEmail">;

/**
 * Test fixture: an approved invoice priced by the real path (rule set v1 as seeded, priceInvoice), so the invoice is
 * COMMISSIONED and ready for its certificate. Two eligible lines (coffee, panela) and one excluded (fique sacks).
 */
export const createCommissionedInvoice = async (options: CreateCommissionedInvoiceOptions = {}) => {
  await seedRuleSetV1();
  const invoice = await createApprovedInvoice({
    ...options,
    issueDate: "2026-11-18",
    lines: [
      { lineAmount: "4000000.00", classificationCode: "0901.11", eligibility: "FIRST_TRANSFORMATION", category: "Café", description: "Café pergamino seco excelso, bulto 70 kg" },
      { lineAmount: "1000000.00", classificationCode: "1701.13", eligibility: "FIRST_TRANSFORMATION", category: "Panela", description: "Panela en bloque 500 g, caja x 24" },
      { lineAmount: "350000.00", classificationCode: "6305.10", eligibility: "NOT_ELIGIBLE", category: "Empaques", description: "Costales de fique usados" },
    ],
  });
  const commission = await priceInvoice({ invoiceId: invoice.id, actor: null, registeredOn: "2026-11-23" });
  return { invoice, commission, uploaderId: invoice.uploadedById };
};
