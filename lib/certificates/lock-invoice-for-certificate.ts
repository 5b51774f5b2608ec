import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Row-locks the invoice until the transaction ends, so two requests for the same invoice's certificate run one
 * after the other: the second sees the first one's certificate instead of racing it to the unique index.
 */
export const lockInvoiceForCertificate = async ({ tx, invoiceId }: { tx: DbTransaction; invoiceId: string }) => {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Invoice" WHERE "id" = ${invoiceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", { message: "Factura no encontrada." });
};
