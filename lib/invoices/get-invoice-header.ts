import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZInvoiceListItem, type TInvoiceListItem } from "./schemas";
import { INVOICE_LIST_SELECT, toInvoiceListItem } from "./to-invoice-list-item";

export type GetInvoiceHeaderOptions = { id: string };

/** One invoice's header as the lists show it; NOT_FOUND for an unknown or malformed id. */
export const getInvoiceHeader = async ({ id }: GetInvoiceHeaderOptions): Promise<TInvoiceListItem> => {
  const notFound = new AppError("NOT_FOUND", { message: "Factura no encontrada." });
  if (!z.uuid().safeParse(id).success) throw notFound;
  const invoice = await db.invoice.findUnique({ where: { id }, select: INVOICE_LIST_SELECT });
  if (!invoice) throw notFound;
  return ZInvoiceListItem.parse(toInvoiceListItem(invoice));
};
