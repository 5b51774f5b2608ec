import { z } from "zod";
import { ZBoundingBox } from "@/lib/extraction/schemas";

/**
 * The header fields a supplier profile remembers: those printed in the same place under the same label on every
 * invoice of a supplier, whose value can be read again from the page words.
 */
export const PROFILE_FIELDS = ["number", "issueDate", "dueDate", "currency", "supplierName", "supplierNit", "customerId", "subtotal", "total"] as const;
export const ZProfileField = z.enum(PROFILE_FIELDS);
export type TProfileField = z.infer<typeof ZProfileField>;

export const ZProfileFieldMemory = z.object({
  page: z.number().int().min(1).nullable().describe("Page the value was found on (null: not located)"),
  bbox: ZBoundingBox.nullable().describe("Where the approved value was printed, normalized 0..1 from the top-left"),
  label: z.string().nullable().describe("Normalized label words printed just before or above the value, e.g. 'vr neto'"),
  value: z.string().nullable().describe("The approved value of the last invoice learned"),
  /** Invoices in a row that carried `value`: a value every invoice repeats (currency, NIT) confirms a new reading. */
  sameValueCount: z.number().int().min(0),
  seen: z.number().int().min(1).describe("Approved invoices this field was learned from"),
});
export type TProfileFieldMemory = z.infer<typeof ZProfileFieldMemory>;

export const ZProfileFields = z.partialRecord(ZProfileField, ZProfileFieldMemory);
export type TProfileFields = z.infer<typeof ZProfileFields>;

export const ZProfileLineProduct = z.object({
  code: z.string().min(1).describe("The supplier's item code as printed (sellerItemCode) or its standard code"),
  codeKind: z.enum(["seller", "standard"]),
  productCode: z.string().min(1).describe("Product.code a reviewer chose or confirmed for that item code"),
  count: z.number().int().min(1).describe("Approved invoices that used this mapping"),
});
export type TProfileLineProduct = z.infer<typeof ZProfileLineProduct>;
export const ZProfileLineProducts = z.array(ZProfileLineProduct);

/** A profile as learning and applying read it (the JSON columns parsed). */
export const ZSupplierProfile = z.object({
  nit: z.string().regex(/^\d{5,15}$/),
  supplierName: z.string().nullable(),
  fields: ZProfileFields,
  lineProducts: ZProfileLineProducts,
  invoicesLearned: z.number().int().min(0),
  correctionsLearned: z.number().int().min(0),
});
export type TSupplierProfile = z.infer<typeof ZSupplierProfile>;

/** The code of the extraction warning that tells a reviewer which values the supplier's profile filled or confirmed. */
export const SUPPLIER_PROFILE_WARNING = "SUPPLIER_PROFILE_APPLIED";
